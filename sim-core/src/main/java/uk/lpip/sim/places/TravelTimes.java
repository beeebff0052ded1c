package uk.lpip.sim.places;

import java.util.Arrays;

/**
 * All-pairs shortest road travel times between zones, in minutes: Dijkstra's algorithm from each
 * zone over the sparse, undirected road graph, with a binary heap — O(Z · L log L) for Z zones and
 * L links, where Floyd–Warshall's O(Z³) took minutes at a few thousand zones before month 1.
 * A zone's time to itself is the within-zone time (or a shorter road from the zone to itself).
 * Times are sums of link minutes along the shortest path, added from the origin outwards; with
 * whole (or any binary-exact) minutes, as in every bundled scenario, they equal Floyd–Warshall's
 * to the bit.
 */
public final class TravelTimes {
    private final int zones;
    private final double[] minutes;
    private final long heapPushes;

    private TravelTimes(int zones, double[] minutes, long heapPushes) {
        this.zones = zones;
        this.minutes = minutes;
        this.heapPushes = heapPushes;
    }

    static TravelTimes shortestPaths(int zones, int[] from, int[] to, double[] linkMinutes, double withinZoneMinutes) {
        // adjacency in compressed rows: both directions of every link but a zone's road to itself
        int[] degree = new int[zones + 1];
        double[] diagonal = new double[zones];
        Arrays.fill(diagonal, withinZoneMinutes);
        for (int l = 0; l < linkMinutes.length; l++) {
            if (from[l] == to[l]) {
                diagonal[from[l]] = Math.min(diagonal[from[l]], linkMinutes[l]);
            } else {
                degree[from[l] + 1]++;
                degree[to[l] + 1]++;
            }
        }
        for (int z = 0; z < zones; z++) {
            degree[z + 1] += degree[z];
        }
        int[] next = Arrays.copyOf(degree, zones);
        int[] neighbour = new int[degree[zones]];
        double[] weight = new double[degree[zones]];
        for (int l = 0; l < linkMinutes.length; l++) {
            int a = from[l];
            int b = to[l];
            if (a != b) {
                neighbour[next[a]] = b;
                weight[next[a]++] = linkMinutes[l];
                neighbour[next[b]] = a;
                weight[next[b]++] = linkMinutes[l];
            }
        }
        double[] d = new double[zones * zones];
        double[] dist = new double[zones];
        boolean[] settled = new boolean[zones];
        Heap heap = new Heap(neighbour.length + 1);
        long pushes = 0;
        for (int s = 0; s < zones; s++) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(settled, false);
            dist[s] = 0;
            heap.push(0, s);
            pushes++;
            while (!heap.isEmpty()) {
                double du = heap.topKey();
                int u = heap.pop();
                if (settled[u] || du > dist[u]) {
                    continue;
                }
                settled[u] = true;
                for (int e = degree[u]; e < degree[u + 1]; e++) {
                    int v = neighbour[e];
                    double via = du + weight[e];
                    if (via < dist[v]) {
                        dist[v] = via;
                        heap.push(via, v);
                        pushes++;
                    }
                }
            }
            System.arraycopy(dist, 0, d, s * zones, zones);
            d[s * zones + s] = diagonal[s];
        }
        return new TravelTimes(zones, d, pushes);
    }

    /** Road travel minutes from zone {@code a} to zone {@code b}; infinite if not connected. */
    public double minutes(int a, int b) {
        return minutes[a * zones + b];
    }

    /**
     * The work done building the table, as entries pushed on the heap: at most one per directed
     * link and one per source, for each source (zones × (2 × links + 1)), which is what makes the
     * table cheap for thousands of zones where an all-pairs triple loop would take zones³ steps.
     */
    long heapPushes() {
        return heapPushes;
    }

    public int zones() {
        return zones;
    }

    /** Whether every journey takes the same minutes in both tables. */
    boolean sameMinutes(TravelTimes other) {
        return zones == other.zones && Arrays.equals(minutes, other.minutes);
    }

    /** A binary min-heap of (minutes, zone) entries; stale entries are skipped by the caller. */
    private static final class Heap {
        private double[] keys;
        private int[] values;
        private int size;

        Heap(int capacity) {
            keys = new double[Math.max(4, capacity)];
            values = new int[keys.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        void push(double key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            size--;
            double key = keys[size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }
}
