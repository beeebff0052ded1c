package uk.lpip.sim.water;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Shares one month's water between licences. Both non-market rules serve licences in groups, one
 * group after another; within a group every licence gets the same share of what it wants, as far
 * as the river allows (progressive filling: the common share rises until some licence is stopped
 * by a hands-off flow, an empty reach or an empty reservoir; that licence keeps its share and the
 * others rise further).
 * <ul>
 *   <li><b>priority</b>: one group per priority number, most senior first — junior licences get
 *       only what seniors leave;</li>
 *   <li><b>equal share</b>: the public water supply first (drinking water), then every other
 *       licence in one group — cuts are proportional to demand.</li>
 * </ul>
 * Feasibility is always checked by routing the whole network, so abstraction upstream is never
 * allowed to take water that a downstream licence already granted relies on.
 */
public final class Allocation {
    private static final int BISECTIONS = 60;
    private static final double NUDGE = 1e-6;

    private final RiverNetwork network;
    private final Licences licences;
    private final double[] local;
    private final double[] storage;
    private final double[] capacity;
    private final RiverNetwork.Routing scratch = new RiverNetwork.Routing();
    private double[] trial = new double[0];

    public Allocation(RiverNetwork network, Licences licences, double[] local, double[] storage, double[] capacity) {
        this.network = network;
        this.licences = licences;
        this.local = local;
        this.storage = storage;
        this.capacity = capacity;
    }

    /** Whether the river can supply these takes (Ml/d by licence) this month. */
    public boolean feasible(double[] takes) {
        return network.route(local, storage, capacity, licences, takes, scratch);
    }

    /** Licences grouped by priority number, most senior first. */
    public static List<int[]> priorityGroups(Licences licences) {
        TreeMap<Integer, List<Integer>> byPriority = new TreeMap<>();
        for (int l = 0; l < licences.count(); l++) {
            byPriority.computeIfAbsent(licences.priority(l), k -> new ArrayList<>()).add(l);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> g : byPriority.values()) {
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }

    /** The public water supply, then everyone else. */
    public static List<int[]> equalShareGroups(Licences licences) {
        List<Integer> first = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int l = 0; l < licences.count(); l++) {
            (licences.isPublicSupply(l) ? first : rest).add(l);
        }
        return List.of(first.stream().mapToInt(Integer::intValue).toArray(),
                rest.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Serves the groups in order; {@code takes} starts at zero and ends as the allocation, Ml/d. */
    public void allocate(List<int[]> groups, double[] want, double[] takes) {
        java.util.Arrays.fill(takes, 0);
        for (int[] group : groups) {
            fill(group, want, takes);
        }
    }

    /** Progressive filling of one group: the same share of demand for all, as far as each can go. */
    private void fill(int[] group, double[] want, double[] takes) {
        List<Integer> active = new ArrayList<>();
        for (int l : group) {
            if (want[l] > 0) {
                active.add(l);
            }
        }
        double share = 0;
        while (!active.isEmpty()) {
            if (feasibleAt(active, 1.0, want, takes)) {
                setShare(active, 1.0, want, takes);
                return;
            }
            double lo = share;
            double hi = 1.0;
            for (int i = 0; i < BISECTIONS && hi - lo > 1e-12; i++) {
                double mid = 0.5 * (lo + hi);
                if (feasibleAt(active, mid, want, takes)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            share = lo;
            setShare(active, share, want, takes);
            List<Integer> stuck = new ArrayList<>();
            for (int l : active) {
                double before = takes[l];
                takes[l] = Math.min(want[l], (share + NUDGE) * want[l]);
                if (!feasible(takes)) {
                    stuck.add(l);
                }
                takes[l] = before;
            }
            if (stuck.isEmpty()) {
                stuck.addAll(active);   // only rounding stands in the way: everyone stops here
            }
            active.removeAll(stuck);
        }
    }

    private boolean feasibleAt(List<Integer> active, double share, double[] want, double[] takes) {
        if (trial.length != takes.length) {
            trial = new double[takes.length];
        }
        System.arraycopy(takes, 0, trial, 0, takes.length);
        setShare(active, share, want, trial);
        return feasible(trial);
    }

    private static void setShare(List<Integer> active, double share, double[] want, double[] takes) {
        for (int l : active) {
            takes[l] = share * want[l];
        }
    }

    /**
     * The largest amount up to {@code most} that can move from licence {@code from} to licence
     * {@code to} with the river still able to supply every take (found by bisection: moving more
     * only ever tightens the rules).
     */
    public double largestTransfer(int from, int to, double most, double[] takes) {
        if (trial.length != takes.length) {
            trial = new double[takes.length];
        }
        if (transferFeasible(from, to, most, takes)) {
            return most;
        }
        double lo = 0;
        double hi = most;
        for (int i = 0; i < BISECTIONS && hi - lo > 1e-12 * Math.max(1, most); i++) {
            double mid = 0.5 * (lo + hi);
            if (transferFeasible(from, to, mid, takes)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean transferFeasible(int from, int to, double amount, double[] takes) {
        System.arraycopy(takes, 0, trial, 0, takes.length);
        trial[from] -= amount;
        trial[to] += amount;
        return feasible(trial);
    }
}
