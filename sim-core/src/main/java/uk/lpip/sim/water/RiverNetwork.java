package uk.lpip.sim.water;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lpip.sim.config.WaterConfig;

/**
 * The river network: nodes in upstream-first order, each node's own (incremental) natural inflow,
 * and reservoir storage at nodes. {@link #route} moves one month of water through it for given
 * abstractions and says whether every rule held: no node gives more than it has, a non-exempt
 * licence leaves its hands-off flow in the river, a reservoir releases its compensation flow
 * before anyone abstracts from it.
 *
 * <p>Flows are Ml/d averaged over the month; storage is Ml. A month is {@link #DAYS} days.
 */
public final class RiverNetwork {
    /** Days in a month: a year of 365.25 days in twelve equal months. */
    public static final double DAYS = 365.25 / 12.0;
    /** Megalitres per day in one cubic metre per second. */
    public static final double ML_PER_DAY_PER_M3_PER_S = 86.4;
    private static final double TOLERANCE = 1e-9;

    private final String[] ids;
    private final String[] names;
    private final int[] downstream;
    private final int[] order;
    private final double[] meanNatural;
    private final double[] localMean;
    private final int outlet;
    /** Reservoir capacity and compensation flow at each node (0 where there is none). */
    private final double[] baseCapacity;
    private final double[] compensation;
    private final String[] reservoirIds;

    public RiverNetwork(WaterConfig config) {
        int n = config.nodes().size();
        ids = new String[n];
        names = new String[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = config.nodes().get(i).id();
            names[i] = config.nodes().get(i).name();
            index.put(ids[i], i);
        }
        downstream = new int[n];
        meanNatural = new double[n];
        for (int i = 0; i < n; i++) {
            WaterConfig.Node node = config.nodes().get(i);
            downstream[i] = node.downstream() == null ? -1 : require(index, node.downstream());
            meanNatural[i] = node.meanFlowM3PerSecond() * ML_PER_DAY_PER_M3_PER_S;
        }
        order = upstreamFirst(downstream);
        localMean = new double[n];
        for (int i = 0; i < n; i++) {
            localMean[i] = meanNatural[i];
        }
        for (int i = 0; i < n; i++) {
            if (downstream[i] >= 0) {
                localMean[downstream[i]] -= meanNatural[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (localMean[i] < -TOLERANCE) {
                throw new IllegalArgumentException("node " + ids[i] + ": its mean flow is less than the flows of the nodes above it");
            }
            localMean[i] = Math.max(0, localMean[i]);
        }
        int out = -1;
        for (int i = 0; i < n; i++) {
            if (downstream[i] < 0 && (out < 0 || meanNatural[i] > meanNatural[out])) {
                out = i;
            }
        }
        outlet = out;
        baseCapacity = new double[n];
        compensation = new double[n];
        reservoirIds = new String[n];
        for (WaterConfig.Reservoir r : config.reservoirs()) {
            int at = require(index, r.node());
            if (reservoirIds[at] != null) {
                throw new IllegalArgumentException("node " + r.node() + " has two reservoirs");
            }
            reservoirIds[at] = r.id();
            baseCapacity[at] = r.capacityMl();
            compensation[at] = r.compensationFlowMlPerDay();
        }
    }

    private static int require(Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no river node " + id);
        }
        return i;
    }

    /** Orders nodes so every node comes after all the nodes that drain into it. */
    private static int[] upstreamFirst(int[] downstream) {
        int n = downstream.length;
        int[] inDegree = new int[n];
        for (int d : downstream) {
            if (d >= 0) {
                inDegree[d]++;
            }
        }
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int i = ready.remove(0);
            order[k++] = i;
            int d = downstream[i];
            if (d >= 0 && --inDegree[d] == 0) {
                ready.add(d);
            }
        }
        if (k != n) {
            throw new IllegalArgumentException("the river network flows in a circle");
        }
        return order;
    }

    public int nodeCount() {
        return ids.length;
    }

    public String id(int node) {
        return ids[node];
    }

    public String name(int node) {
        return names[node];
    }

    public int indexOf(String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public int downstream(int node) {
        return downstream[node];
    }

    /** The outlet the regulator judges the catchment by: the largest node with nothing below it. */
    public int outlet() {
        return outlet;
    }

    /** Long-run mean natural flow at a node, including everything upstream, Ml/d. */
    public double meanNatural(int node) {
        return meanNatural[node];
    }

    /** Long-run mean natural inflow that arises between a node and the nodes above it, Ml/d. */
    public double localMean(int node) {
        return localMean[node];
    }

    public boolean hasReservoir(int node) {
        return reservoirIds[node] != null;
    }

    public String reservoirId(int node) {
        return reservoirIds[node];
    }

    public double baseCapacity(int node) {
        return baseCapacity[node];
    }

    public double compensation(int node) {
        return compensation[node];
    }

    /** Whether a node stores water this month (a reservoir, or new storage built by an intervention). */
    private boolean stores(int node, double[] capacity) {
        return capacity[node] > 0 || hasReservoir(node);
    }

    /** Natural flow at every node (local inflows summed downstream), Ml/d. */
    public double[] accumulate(double[] local) {
        double[] total = local.clone();
        for (int i : order) {
            if (downstream[i] >= 0) {
                total[downstream[i]] += total[i];
            }
        }
        return total;
    }

    /**
     * Routes one month. Fills {@code out} and returns whether every rule held.
     *
     * @param local     natural inflow arising at each node, Ml/d
     * @param storage   reservoir storage at the start of the month by node, Ml
     * @param capacity  reservoir capacity by node this month, Ml
     * @param licences  the licences
     * @param takes     abstraction by licence, Ml/d
     */
    public boolean route(double[] local, double[] storage, double[] capacity, Licences licences, double[] takes,
                         Routing out) {
        int n = ids.length;
        out.clear(n);
        for (int l = 0; l < licences.count(); l++) {
            int node = licences.node(l);
            out.abstraction[node] += takes[l];
            if (!licences.consumptive(l)) {
                out.returns[node] += takes[l];
            }
        }
        boolean ok = true;
        for (int i : order) {
            out.inflow[i] += local[i];
            double inflow = out.inflow[i];
            if (stores(i, capacity)) {
                double available = storage[i] + inflow * DAYS;
                double released = Math.min(compensation[i] * DAYS, available);
                double taken = out.abstraction[i] * DAYS;
                if (taken > available - released + TOLERANCE * DAYS) {
                    ok = false;
                }
                double left = available - released - taken;
                double spill = Math.max(0, left - capacity[i]);
                out.storageEnd[i] = left - spill;
                out.spill[i] = spill / DAYS;
                out.outflow[i] = (released + spill) / DAYS + out.returns[i];
            } else {
                out.storageEnd[i] = storage[i];
                if (out.abstraction[i] > inflow + TOLERANCE) {
                    ok = false;
                }
                out.outflow[i] = inflow - out.abstraction[i] + out.returns[i];
            }
            if (downstream[i] >= 0) {
                out.inflow[downstream[i]] += out.outflow[i];
            }
        }
        for (int l = 0; l < licences.count() && ok; l++) {
            int node = licences.node(l);
            if (takes[l] > 0 && licences.boundByHandsOffFlow(l) && !stores(node, capacity)
                    && out.outflow[node] < licences.handsOffFlow(l) - TOLERANCE) {
                ok = false;
            }
        }
        return ok;
    }

    /** One month's routed water, by node. */
    public static final class Routing {
        public double[] inflow = new double[0];
        public double[] outflow = new double[0];
        public double[] abstraction = new double[0];
        public double[] returns = new double[0];
        public double[] storageEnd = new double[0];
        public double[] spill = new double[0];

        void clear(int n) {
            if (inflow.length != n) {
                inflow = new double[n];
                outflow = new double[n];
                abstraction = new double[n];
                returns = new double[n];
                storageEnd = new double[n];
                spill = new double[n];
            } else {
                java.util.Arrays.fill(inflow, 0);
                java.util.Arrays.fill(abstraction, 0);
                java.util.Arrays.fill(returns, 0);
            }
        }
    }
}
