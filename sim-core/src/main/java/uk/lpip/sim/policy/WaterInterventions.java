package uk.lpip.sim.policy;

import java.util.HashSet;
import java.util.Set;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.WaterControls;
import uk.lpip.sim.state.WaterMeasure;

/**
 * The interventions that act on a catchment. Each registers a {@link WaterMeasure} that changes
 * the month's water settings while it applies, and pays its costs through the policy context.
 */
final class WaterInterventions {
    /** The declarations: each needs a catchment and names parts of one, so none is comparable across places. */
    static final InterventionType<WaterRuleSpec> RULE = InterventionType.of("water_rule", WaterRuleSpec.class,
            CostType.OUTSOURCED_PROGRAMME, RuleChange::new).needsCatchment();
    static final InterventionType<WaterStorageSpec> STORAGE = InterventionType.of("water_storage", WaterStorageSpec.class,
            CostType.NON_STANDARD_CIVIL_ENGINEERING, Storage::new).needsCatchment().checks((s, c) -> {
                Set<String> reservoirs = new HashSet<>();
                c.water().reservoirs().forEach(r -> reservoirs.add(r.id()));
                c.reference(s.reservoir(), reservoirs, ".reservoir", "reservoir");
            });
    static final InterventionType<WaterEfficiencySpec> EFFICIENCY = InterventionType.of("water_efficiency",
            WaterEfficiencySpec.class, CostType.OUTSOURCED_PROGRAMME, Efficiency::new).needsCatchment().checks((s, c) -> {
                Set<String> users = new HashSet<>();
                c.water().uses().forEach(u -> users.add(u.sector()));
                for (int k = 0; k < s.sectors().size(); k++) {
                    String sector = s.sectors().get(k);
                    if (c.sectorIds().contains(sector) && !users.contains(sector)) {
                        c.add(".sectors[" + k + "]", "sector '" + sector + "' uses no water in water.uses");
                    } else {
                        c.reference(sector, users, ".sectors[" + k + "]", "water-using sector");
                    }
                }
            });
    static final InterventionType<HandsOffFlowSpec> HANDS_OFF_FLOW = InterventionType.of("hands_off_flow",
            HandsOffFlowSpec.class, CostType.OUTSOURCED_PROGRAMME, HandsOffFlow::new).needsCatchment().checks((s, c) -> {
                Set<String> licences = new HashSet<>();
                c.water().licences().forEach(l -> licences.add(l.id()));
                for (int k = 0; k < s.licences().size(); k++) {
                    c.reference(s.licences().get(k), licences, ".licences[" + k + "]", "licence");
                }
            });

    private WaterInterventions() {
    }

    static WaterControls catchment(Economy e, String type) {
        WaterControls c = e.water();
        if (c == null) {
            throw new IllegalArgumentException("a " + type + " intervention needs a place with a water section");
        }
        return c;
    }

    /** A different allocation rule (or trading) for a while. */
    static final class RuleChange extends PlannedIntervention {
        private final WaterRuleSpec spec;

        RuleChange(WaterRuleSpec spec, Economy e) {
            super(spec.common(), e);
            this.spec = spec;
            AllocationRule rule = AllocationRule.of(spec.rule());
            catchment(e, spec.type()).addMeasure((c, month) -> {
                if (isActive(month)) {
                    c.useRule(rule);
                }
            });
        }

        @Override
        public void act(Economy e, PolicyContext context) {
            if (spec.runningCostMonthly() > 0) {
                context.toProviders(funder, spec.runningCostMonthly() * scale);
            }
        }
    }

    /** Added reservoir capacity: paid over the build, in service after it. */
    static final class Storage extends PlannedIntervention {
        private final WaterStorageSpec spec;

        Storage(WaterStorageSpec spec, Economy e) {
            super(spec.common(), e);
            this.spec = spec;
            WaterControls catchment = catchment(e, spec.type());
            int node = catchment.reservoirNode(spec.reservoir());
            if (node < 0) {
                throw new IllegalArgumentException("no reservoir " + spec.reservoir());
            }
            int at = node;
            catchment.addMeasure((c, month) -> {
                if (month > endMonth()) {
                    c.addCapacity(at, spec.addedMl());
                }
            });
        }

        @Override
        public void act(Economy e, PolicyContext context) {
            double perMonth = spec.capitalCost() * scale / (endMonth() - startMonth() + 1);
            if (perMonth > 0) {
                context.toProviders(funder, perMonth);
            }
        }
    }

    /** Hands-off flows changed for a while. */
    static final class HandsOffFlow extends PlannedIntervention {
        HandsOffFlow(HandsOffFlowSpec spec, Economy e) {
            super(spec.common(), e);
            WaterControls catchment = catchment(e, spec.type());
            int[] licences = new int[spec.licences().size()];
            for (int i = 0; i < licences.length; i++) {
                licences[i] = catchment.licenceIndex(spec.licences().get(i));
                if (licences[i] < 0) {
                    throw new IllegalArgumentException("no licence " + spec.licences().get(i));
                }
            }
            catchment.addMeasure((c, month) -> {
                if (isActive(month)) {
                    for (int l : licences) {
                        c.setHandsOffFlow(l, spec.handsOffFlowMlPerDay());
                    }
                }
            });
        }

        @Override
        public void act(Economy e, PolicyContext context) {
            // a licence condition: nothing to pay
        }
    }

    /** Grants that make firms' water use more efficient for good. */
    static final class Efficiency extends PlannedIntervention {
        private final WaterEfficiencySpec spec;
        private final boolean[] eligibleSector;
        private final WaterControls catchment;
        private boolean[] granted = new boolean[0];
        private double spent;

        Efficiency(WaterEfficiencySpec spec, Economy e) {
            super(spec.common(), e);
            this.spec = spec;
            this.catchment = catchment(e, spec.type());
            this.eligibleSector = new boolean[e.sectors.count()];
            for (String id : spec.sectors()) {
                int s = e.config.sectors().stream().map(SectorConfig::id).toList().indexOf(id);
                if (s < 0) {
                    throw new IllegalArgumentException("no sector " + id);
                }
                eligibleSector[s] = true;
            }
        }

        @Override
        public void act(Economy e, PolicyContext context) {
            Firms firms = e.firms;
            if (granted.length < firms.count()) {
                granted = java.util.Arrays.copyOf(granted, Math.max(firms.count(), granted.length * 2));
            }
            for (int f = 0; f < firms.count(); f++) {
                int s = firms.sector[f];
                if (!firms.alive[f] || granted[f] || !eligibleSector[s] || !targetZone[firms.zone[f]]
                        || !catchment.usesWater(s)) {
                    continue;
                }
                if (spent + spec.grantPerFirm() > budget) {
                    return;
                }
                granted[f] = true;
                catchment.improveFirm(e, f, spec.intensityReduction());
                if (spec.grantPerFirm() > 0) {
                    context.toFirm(funder, f, spec.grantPerFirm());
                    spent += spec.grantPerFirm();
                }
            }
        }
    }
}
