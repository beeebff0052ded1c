package uk.lpip.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.lpip.sim.model.EconomyModel;

/**
 * Where a model's heap goes, by owning field: builds a place at a chosen size, steps it some months,
 * then walks everything reachable from the model by reflection and adds each array's size to the
 * field that holds it ({@code Persons.household}, {@code LabourMarket.searchedOut}, …); arrays of
 * arrays count to the outer field, arrays inside the JDK's collections to the project's field that
 * holds the collection, and objects other than arrays by class. Also prints the live heap after full collections, to set the walk against.
 * Sizes assume compressed references (16-byte array headers, 8-byte alignment), the JVM's default
 * below 32 GB of heap.
 *
 * <p>{@code java --add-opens java.base/java.util=ALL-UNNAMED -cp bench/target/benchmarks.jar uk.lpip.bench.HeapOwners
 * 1000000 [months] [threads] [scenario]} (without the option the JDK's collections are not walked into).
 */
public final class HeapOwners {
    private static final int ROWS = 60;
    private static final long REGION = regionSize();

    private HeapOwners() {
    }

    public static void main(String[] args) {
        long persons = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String scenario = args.length > 3 ? args[3] : "yorkshire-humber";
        long base = liveHeap();
        try (EconomyModel model = Populations.started(scenario, persons, threads, months, 1)) {
            long live = liveHeap() - base;
            int n = model.economy().persons.count();
            Map<String, long[]> owners = walk(model);
            List<Map.Entry<String, long[]>> rows = new ArrayList<>(owners.entrySet());
            rows.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
            long walked = rows.stream().mapToLong(e -> e.getValue()[0]).sum();
            long walkedInRegions = rows.stream().mapToLong(e -> e.getValue()[1]).sum();
            System.out.printf(Locale.ROOT, "%s at %,d persons after %d months, %d thread(s), G1 regions of %d MB%n"
                    + "live heap %.1f bytes per person; walked: %.1f in arrays and objects, %.1f with humongous arrays"
                    + " in whole regions%n", scenario, n, months, threads, REGION >> 20, (double) live / n,
                    (double) walked / n, (double) walkedInRegions / n);
            System.out.printf(Locale.ROOT, "%-56s %6s %9s %9s %11s%n", "owner (field)", "arrays", "MB", "B/person",
                    "in regions");
            long[] shown = new long[2];
            for (int i = 0; i < Math.min(ROWS, rows.size()); i++) {
                long[] v = rows.get(i).getValue();
                shown[0] += v[0];
                shown[1] += v[1];
                System.out.printf(Locale.ROOT, "%-56s %6d %9.2f %9.2f %11.2f%n", rows.get(i).getKey(), v[2], v[0] / 1e6,
                        (double) v[0] / n, (double) v[1] / n);
            }
            System.out.printf(Locale.ROOT, "%-56s %6s %9.2f %9.2f %11.2f%n", "(" + Math.max(0, rows.size() - ROWS) + " more)",
                    "", (walked - shown[0]) / 1e6, (double) (walked - shown[0]) / n,
                    (double) (walkedInRegions - shown[1]) / n);
        }
    }

    /** Bytes by owning field, each array counted once (the first owner the breadth-first walk reaches it from). */
    static Map<String, long[]> walk(Object root) {
        Map<String, long[]> owners = new HashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> queue = new ArrayDeque<>();   // {object, owner label}
        queue.add(new Object[] {root, root.getClass().getSimpleName()});
        seen.add(root);
        while (!queue.isEmpty()) {
            Object[] item = queue.poll();
            Object o = item[0];
            String owner = (String) item[1];
            Class<?> c = o.getClass();
            if (c.isArray()) {
                long bytes = arrayBytes(o);
                add(owners, owner, bytes, inRegions(bytes, REGION));
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0, len = Array.getLength(o); i < len; i++) {
                        enqueue(queue, seen, Array.get(o, i), owner);
                    }
                }
                continue;
            }
            long bytes = shallowBytes(c);
            add(owners, "(objects) " + c.getName(), bytes, bytes);
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || !f.trySetAccessible()) {
                        continue;
                    }
                    Object value;
                    try {
                        value = f.get(o);
                    } catch (IllegalAccessException e) {
                        continue;
                    }
                    // Inside the JDK's collections an array still belongs to the project's field that holds them.
                    enqueue(queue, seen, value, k.getName().startsWith("java.") ? owner : label(k, f));
                }
            }
        }
        return owners;
    }

    private static String label(Class<?> k, Field f) {
        String name = k.getName();
        return name.substring(name.lastIndexOf('.') + 1) + "." + f.getName();
    }

    private static void enqueue(Deque<Object[]> queue, Set<Object> seen, Object value, String owner) {
        if (value == null || skipped(value.getClass()) || !seen.add(value)) {
            return;
        }
        queue.add(new Object[] {value, owner});
    }

    /** Threads, classes and loaders lead to the whole JVM: not the model's. */
    private static boolean skipped(Class<?> c) {
        return Thread.class.isAssignableFrom(c) || c == Class.class || ClassLoader.class.isAssignableFrom(c)
                || c.getName().startsWith("java.lang.invoke") || c.getName().startsWith("jdk.");
    }

    private static void add(Map<String, long[]> owners, String owner, long bytes, long inRegions) {
        long[] sums = owners.computeIfAbsent(owner, k -> new long[3]);
        sums[0] += bytes;
        sums[1] += inRegions;
        sums[2]++;
    }

    /**
     * What an array of {@code bytes} takes in G1's heap: an array of at least half a region is
     * humongous and gets whole regions of its own, the rest of the last one unused.
     */
    static long inRegions(long bytes, long region) {
        return region > 0 && bytes >= region / 2 ? (bytes + region - 1) / region * region : bytes;
    }

    /** G1's region size, bytes (0 under another collector). */
    static long regionSize() {
        try {
            return Long.parseLong(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static long arrayBytes(Object array) {
        Class<?> t = array.getClass().getComponentType();
        long element = t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                : t == short.class || t == char.class ? 2 : t == byte.class || t == boolean.class ? 1 : 4;
        return align(16 + element * Array.getLength(array));
    }

    private static long shallowBytes(Class<?> c) {
        long bytes = 12;
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    Class<?> t = f.getType();
                    bytes += t == long.class || t == double.class ? 8 : t == short.class || t == char.class ? 2
                            : t == byte.class || t == boolean.class ? 1 : 4;
                }
            }
        }
        return align(bytes);
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
