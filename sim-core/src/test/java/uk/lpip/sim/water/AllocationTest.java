package uk.lpip.sim.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.config.WaterConfig.Licence;
import uk.lpip.sim.config.WaterConfig.Node;

/**
 * The sharing rules on small hand-made rivers, where the right answer can be worked out by hand,
 * and on random rivers, where every allocation must obey the river's rules.
 */
class AllocationTest {
    private static final List<String> SECTORS = List.of("farming", "distilling");

    /** One month on a river: the network, its licences and the allocation over them. */
    private record River(RiverNetwork network, Licences licences, Allocation allocation) {
        double[] share(AllocationRule rule, double[] want) {
            double[] takes = new double[want.length];
            allocation.allocate(rule == AllocationRule.EQUAL_SHARE ? Allocation.equalShareGroups(licences)
                    : Allocation.priorityGroups(licences), want, takes);
            return takes;
        }
    }

    private static River river(List<Node> nodes, List<WaterConfig.Reservoir> reservoirs, List<Licence> licences,
                               double[] local, double[] storage) {
        WaterConfig config = new WaterConfig(AllocationRule.PRIORITY, nodes, reservoirs, licences, List.of(),
                UkDefaults.publicSupply(), UkDefaults.hydrology(), UkDefaults.regulator(), UkDefaults.trading());
        RiverNetwork network = new RiverNetwork(config);
        Licences l = new Licences(licences, network, SECTORS, new double[nodes.size()], 0.05);
        double[] capacity = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            capacity[i] = network.baseCapacity(i);
        }
        return new River(network, l, new Allocation(network, l, local, storage, capacity));
    }

    private static Licence licence(String id, String holder, String node, double handsOff, int priority, boolean exempt) {
        return new Licence(id, holder, node, 1e6, 1e3, handsOff, priority, true, exempt);
    }

    private static River oneNode(double flow, Licence... licences) {
        return river(List.of(new Node("river", "River", null, 1, 1)), List.of(), List.of(licences),
                new double[] {flow}, new double[1]);
    }

    @Test
    void priorityServesTheSeniorLicenceInFullAndCutsTheJuniorFirst() {
        River r = oneNode(4, licence("junior", "farming", "river", 0, 2, false),
                licence("senior", "distilling", "river", 0, 1, false));
        double[] takes = r.share(AllocationRule.PRIORITY, new double[] {3, 3});
        assertEquals(1.0, takes[0], 1e-9, "junior gets what is left");
        assertEquals(3.0, takes[1], 1e-9, "senior gets all it wants");
    }

    @Test
    void equalShareCutsEveryHolderInProportionToDemand() {
        River r = oneNode(2, licence("a", "farming", "river", 0, 2, false),
                licence("b", "distilling", "river", 0, 1, false));
        double[] takes = r.share(AllocationRule.EQUAL_SHARE, new double[] {3, 1});
        assertEquals(1.5, takes[0], 1e-6);
        assertEquals(0.5, takes[1], 1e-6);
        assertEquals(takes[0] / 3, takes[1] / 1, 1e-6, "the same share of demand");
    }

    @Test
    void equalShareServesThePublicSupplyFirst() {
        River r = oneNode(2, licence("farm", "farming", "river", 0, 1, false),
                licence("supply", WaterConfig.PUBLIC_WATER_SUPPLY, "river", 0, 5, true));
        double[] takes = r.share(AllocationRule.EQUAL_SHARE, new double[] {3, 1.5});
        assertEquals(1.5, takes[1], 1e-6, "drinking water in full");
        assertEquals(0.5, takes[0], 1e-6, "the rest to the farm");
    }

    @Test
    void aNonExemptLicenceLeavesItsHandsOffFlowButAnExemptOneDoesNot() {
        River bound = oneNode(3, licence("farm", "farming", "river", 2, 1, false));
        assertEquals(1.0, bound.share(AllocationRule.PRIORITY, new double[] {5})[0], 1e-6);
        River exempt = oneNode(3, licence("supply", WaterConfig.PUBLIC_WATER_SUPPLY, "river", 2, 1, true));
        assertEquals(3.0, exempt.share(AllocationRule.PRIORITY, new double[] {5})[0], 1e-6);
    }

    @Test
    void aJuniorUpstreamCannotTakeWaterASeniorDownstreamReliesOn() {
        River r = river(List.of(new Node("up", "Up", "down", 1, 1), new Node("down", "Down", null, 2, 1)), List.of(),
                List.of(licence("upstream-junior", "farming", "up", 0, 2, false),
                        licence("downstream-senior", "distilling", "down", 0, 1, false)),
                new double[] {4, 0}, new double[2]);
        double[] takes = r.share(AllocationRule.PRIORITY, new double[] {3, 3});
        assertEquals(3.0, takes[1], 1e-6, "the senior downstream is served in full");
        assertEquals(1.0, takes[0], 1e-6, "the junior upstream gets only the rest");
    }

    @Test
    void aReservoirReleasesItsCompensationFlowBeforeAnyoneAbstracts() {
        River r = river(List.of(new Node("dam", "Dam", null, 1, 1)),
                List.of(new WaterConfig.Reservoir("res", "dam", 100, 0.1, 1)),
                List.of(licence("supply", WaterConfig.PUBLIC_WATER_SUPPLY, "dam", 0, 1, true)),
                new double[] {0}, new double[] {10});
        double[] takes = r.share(AllocationRule.PRIORITY, new double[] {5});
        double available = (10 - 0.1 * RiverNetwork.DAYS) / RiverNetwork.DAYS;
        assertEquals(available, takes[0], 1e-6, "takes what storage holds above the compensation release");
        RiverNetwork.Routing routed = new RiverNetwork.Routing();
        assertTrue(r.network().route(new double[] {0}, new double[] {10}, new double[] {100}, r.licences(), takes, routed));
        assertEquals(0.1, routed.outflow[0], 1e-6, "the compensation flow still goes downstream");
        assertEquals(0, routed.storageEnd[0], 1e-6);
    }

    @Test
    void theMarketMovesWaterToTheHigherValueUseAndNoTraderLoses() {
        River r = oneNode(4, licence("farm-senior", "farming", "river", 0, 1, false),
                licence("distillery-junior", "distilling", "river", 0, 2, false));
        double[] want = {4, 4};
        double[] value = {0.8, 30.0};   // £ per m³: irrigation against whisky
        double[] takes = r.share(AllocationRule.PRIORITY, want);
        assertEquals(4.0, takes[0], 1e-9, "historic rights: all to the senior farm");
        WaterMarket.Result result = WaterMarket.clear(r.allocation(), want, value, new boolean[] {true, true}, takes, 0.05);
        assertEquals(4.0, takes[1], 1e-6, "the distillery buys the farm's allocation");
        assertEquals(4.0, result.volume(), 1e-6);
        assertTrue(result.price() >= value[0], "the seller gets at least its value: " + result.price());
        assertTrue(result.price() + 0.05 <= value[1], "the buyer pays at most its value");

        double[] equal = r.share(AllocationRule.EQUAL_SHARE, want);
        assertTrue(valueOf(takes, value) >= valueOf(equal, value) - 1e-9,
                "market output " + valueOf(takes, value) + " ≥ equal-share output " + valueOf(equal, value));
    }

    @Test
    void noTradeHappensWhenTheValueGapIsBelowTheTransactionCost() {
        River r = oneNode(4, licence("a", "farming", "river", 0, 1, false), licence("b", "distilling", "river", 0, 2, false));
        double[] want = {4, 4};
        double[] takes = r.share(AllocationRule.PRIORITY, want);
        WaterMarket.Result result = WaterMarket.clear(r.allocation(), want, new double[] {1.0, 1.04},
                new boolean[] {true, true}, takes, 0.05);
        assertEquals(0, result.volume(), 1e-12);
        assertEquals(4.0, takes[0], 1e-12);
    }

    private static double valueOf(double[] takes, double[] value) {
        double v = 0;
        for (int l = 0; l < takes.length; l++) {
            v += takes[l] * value[l];
        }
        return v;
    }

    /** Random rivers: a chain with branches, random licences, flows and storage. */
    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1_000L + 7919L * i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRuleObeysTheRiverOnRandomNetworks(long seed) {
        Random rng = new Random(seed);
        int n = 2 + rng.nextInt(5);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String down = i == n - 1 ? null : "n" + (i + 1 + rng.nextInt(n - 1 - i));
            nodes.add(new Node("n" + i, "Node " + i, down, Math.pow(10, i), 1));
        }
        List<WaterConfig.Reservoir> reservoirs = rng.nextBoolean()
                ? List.of(new WaterConfig.Reservoir("r", "n0", 50, 0.2, 0.5)) : List.of();
        List<Licence> licences = new ArrayList<>();
        int count = 2 + rng.nextInt(6);
        for (int l = 0; l < count; l++) {
            boolean publicSupply = l == 0 && rng.nextBoolean();
            String node = "n" + rng.nextInt(n);
            double handsOff = reservoirs.isEmpty() || !node.equals("n0") ? rng.nextDouble() * 2 : 0;
            licences.add(new Licence("l" + l, publicSupply ? WaterConfig.PUBLIC_WATER_SUPPLY : SECTORS.get(rng.nextInt(2)),
                    node, 1e6, 1e3, handsOff, 1 + rng.nextInt(3), rng.nextDouble() < 0.8, publicSupply));
        }
        double[] local = new double[n];
        for (int i = 0; i < n; i++) {
            local[i] = rng.nextDouble() * 3;
        }
        double[] storage = new double[n];
        storage[0] = reservoirs.isEmpty() ? 0 : rng.nextDouble() * 50;
        River r = river(nodes, reservoirs, licences, local, storage);
        double[] want = new double[count];
        for (int l = 0; l < count; l++) {
            want[l] = rng.nextDouble() * 3;
        }
        for (AllocationRule rule : List.of(AllocationRule.PRIORITY, AllocationRule.EQUAL_SHARE)) {
            double[] takes = r.share(rule, want);
            assertTrue(r.allocation().feasible(takes), rule + ": the allocation obeys the river");
            for (int l = 0; l < count; l++) {
                assertTrue(takes[l] >= -1e-12 && takes[l] <= want[l] + 1e-9, rule + ": 0 ≤ take ≤ want");
            }
            RiverNetwork.Routing routed = new RiverNetwork.Routing();
            double[] capacity = new double[n];
            capacity[0] = reservoirs.isEmpty() ? 0 : 50;
            r.network().route(local, storage, capacity, r.licences(), takes, routed);
            for (int i = 0; i < n; i++) {
                double in = routed.inflow[i] * RiverNetwork.DAYS + storage[i];
                double out = (routed.outflow[i] + routed.abstraction[i] - routed.returns[i]) * RiverNetwork.DAYS
                        + routed.storageEnd[i];
                assertEquals(in, out, 1e-6 * Math.max(1, in), "mass balance at node " + i);
            }
        }
        // under priority, water a junior licence took could not have gone to a senior one left short
        double[] takes = r.share(AllocationRule.PRIORITY, want);
        for (int senior = 0; senior < count; senior++) {
            for (int junior = 0; junior < count; junior++) {
                if (takes[senior] < want[senior] - 1e-6 && takes[junior] > 1e-3
                        && r.licences().priority(junior) > r.licences().priority(senior)) {
                    double[] moved = takes.clone();
                    moved[junior] -= 1e-4;
                    moved[senior] += 1e-4;
                    assertTrue(!r.allocation().feasible(moved),
                            "licence " + senior + " is short while junior " + junior + " holds water it could use");
                }
            }
        }
    }
}
