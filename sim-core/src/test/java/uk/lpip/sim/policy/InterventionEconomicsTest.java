package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/** Each intervention's economics, shown by paired arms with the same seed. */
class InterventionEconomicsTest {
    private static final ModelConfig PLACE = TestPlaces.place(20_000, 36, 24, 77);

    private static SkillsProgrammeSpec training(int placesPerIntake, int lastIntake) {
        return new SkillsProgrammeSpec(Paired.common("training", 0, lastIntake, List.of()), "monthly", placesPerIntake,
                List.of("unemployed"), "medium", WhoSpec.of(18, 60, 0), "random", 6, 37.5, 0.8, 1.0, 1, 1.5, 12, 2400);
    }

    @Test
    void participantsAreLockedInWhileTrainingAndGainAfterCompleting() {
        Paired run = new Paired(PLACE, List.of(training(40, 5)));
        SkillsProgramme programme = (SkillsProgramme) run.intervention.interventions.get(0);
        List<Participant> people = programme.allParticipants();
        assertTrue(people.size() >= 200, "participants: " + people.size());
        // Employment of the same people, by months since they started, in each arm.
        double[][] employed = new double[2][36];
        int[] count = new int[36];
        for (Participant p : people) {
            for (int m = p.startMonth(); m < 36; m++) {
                int since = m - p.startMonth();
                count[since]++;
                employed[0][since] += run.baseline.status.get(m)[p.person()] == Status.EMPLOYED ? 1 : 0;
                employed[1][since] += run.intervention.status.get(m)[p.person()] == Status.EMPLOYED ? 1 : 0;
            }
        }
        double trainingWith = 0;
        double trainingWithout = 0;
        double afterWith = 0;
        double afterWithout = 0;
        int trainingN = 0;
        int afterN = 0;
        for (int since = 0; since < 30; since++) {
            if (since < 6) {
                trainingWith += employed[1][since];
                trainingWithout += employed[0][since];
                trainingN += count[since];
            } else if (since >= 9) {
                afterWith += employed[1][since];
                afterWithout += employed[0][since];
                afterN += count[since];
            }
        }
        double lockInGap = (trainingWith - trainingWithout) / trainingN;
        double laterGap = (afterWith - afterWithout) / afterN;
        assertTrue(lockInGap < -0.02, "while training, participants work less than they would have: " + lockInGap);
        assertTrue(laterGap > lockInGap + 0.03, "after completing, the gap closes or turns positive: "
                + lockInGap + " → " + laterGap);
    }

    @Test
    void completersGainASkillLevel() {
        Paired run = new Paired(PLACE, List.of(training(20, 2)));
        SkillsProgramme programme = (SkillsProgramme) run.intervention.interventions.get(0);
        int checked = 0;
        for (Participant p : programme.allParticipants()) {
            int before = run.intervention.skill.get(p.startMonth())[p.person()];
            int after = run.intervention.skill.get(p.endMonth())[p.person()];
            int baseline = run.baseline.skill.get(p.endMonth())[p.person()];
            if (before == baseline && before < Skill.HIGH) {
                assertEquals(Math.min(Skill.HIGH, baseline + 1), after, "person " + p.person());
                checked++;
            }
        }
        assertTrue(checked > 20, "checked " + checked);
    }

    @Test
    void outreachBringsTheHiddenUnemployedBackToSearch() {
        OutreachSpec outreach = new OutreachSpec(Paired.common("outreach", 6, 35, List.of()), List.of("discouraged"), WhoSpec.DEFAULT, 0.3,
                3, 1, 1, 1, 12, 150);
        Paired run = new Paired(PLACE, List.of(outreach));
        double with = 0;
        double without = 0;
        for (int m = 12; m < 36; m++) {
            with += run.intervention.table.value(m, 0, Metric.DISCOURAGED_RATE);
            without += run.baseline.table.value(m, 0, Metric.DISCOURAGED_RATE);
        }
        assertTrue(with < 0.7 * without, "discouraged share: " + with / 24 + " with outreach, " + without / 24 + " without");
        assertTrue(run.intervention.table.value(12, 0, Metric.OUTREACH_CONTACTS) > 0);
    }

    @Test
    void broadbandRaisesRemoteMatchesAndAdoptingFirmsOutput() {
        BroadbandRolloutSpec rollout = new BroadbandRolloutSpec(
                Paired.common("broadband", 3, 8, List.of("village", "suburb")), 1.0, 600, 0.1, 0.05);
        Paired run = new Paired(PLACE.withPlace(lowBroadband(PLACE)), List.of(rollout));
        double remoteWith = 0;
        double remoteWithout = 0;
        for (int m = 9; m < 36; m++) {
            remoteWith += run.intervention.table.value(m, 0, Metric.REMOTE_HIRES);
            remoteWithout += run.baseline.table.value(m, 0, Metric.REMOTE_HIRES);
        }
        assertTrue(remoteWith > 1.3 * remoteWithout + 5, "remote hires " + remoteWith + " vs " + remoteWithout);
        var firms = run.intervention.economy.firms;
        var base = run.baseline.economy.firms;
        double gain = 0;
        int adopters = 0;
        int sinceStart = PLACE.run().totalMonths() - 1; // firms alive since the build: the same firm in both arms
        for (int f = 0; f < Math.min(firms.count(), base.count()); f++) {
            if (firms.broadbandAdopted[f] && firms.alive[f] && base.alive[f]
                    && firms.ageMonths[f] >= sinceStart && base.ageMonths[f] >= sinceStart) {
                adopters++;
                gain += firms.productivity[f] / base.productivity[f] - 1;
            }
        }
        assertTrue(adopters > 20, "adopting firms " + adopters);
        assertEquals(0.05, gain / adopters, 1e-4, "adopters are 5% more productive than in the baseline");
        double outputWith = 0;
        double outputWithout = 0;
        for (int f = 0; f < Math.min(firms.count(), base.count()); f++) {
            if (firms.broadbandAdopted[f] && firms.alive[f] && base.alive[f]
                    && firms.ageMonths[f] >= sinceStart && base.ageMonths[f] >= sinceStart) {
                outputWith += firms.output[f];
                outputWithout += base.output[f];
            }
        }
        assertTrue(outputWith > 1.02 * outputWithout, "adopting firms' output " + outputWithout + " → " + outputWith);
        assertTrue(run.intervention.table.value(35, 0, Metric.BROADBAND_COVERAGE)
                > run.baseline.table.value(35, 0, Metric.BROADBAND_COVERAGE));
    }

    private static uk.lpip.sim.config.PlaceConfig lowBroadband(ModelConfig c) {
        var zones = c.place().zones().stream().map(z -> z.id().equals("town") ? z
                : new uk.lpip.sim.config.PlaceConfig.ZoneConfig(z.id(), z.name(), z.councilId(), z.population(), z.urban(),
                0.2, z.busServiceLevel(), z.carAccessShare())).toList();
        return new uk.lpip.sim.config.PlaceConfig(c.place().regionId(), c.place().regionName(), c.place().councils(), zones,
                c.place().roadLinks(), c.place().commuting());
    }

    @Test
    void aFasterLinkAndBetterBusesHelpPeopleWithoutACar() {
        TransportUpgradeSpec upgrade = new TransportUpgradeSpec(Paired.common("bus-and-road", 3, 35, List.of()),
                List.of(new TransportUpgradeSpec.LinkChange("town", "village", 20)),
                List.of(new TransportUpgradeSpec.BusChange("village", 0.8)), 5_000_000, 20_000);
        ModelConfig noRemote = PLACE.withPlace(noBroadbandInVillage(PLACE));
        Paired run = new Paired(noRemote, List.of(upgrade));
        assertEquals(20.0, run.intervention.economy.places.travel().minutes(0, 2), 1e-9, "travel time recomputed");
        assertEquals(35.0, run.baseline.economy.places.travel().minutes(0, 2), 1e-9);
        var persons = run.baseline.economy.persons;
        int[] employedMonths = new int[2];
        for (int m = 6; m < 36; m++) {
            for (int p = 0; p < run.baseline.status.get(m).length && p < run.intervention.status.get(m).length; p++) {
                if (persons.zone[p] == TestPlaces.VILLAGE && !persons.hasCar(p) && persons.isWorkingAge(p)) {
                    employedMonths[0] += run.baseline.status.get(m)[p] == Status.EMPLOYED ? 1 : 0;
                    employedMonths[1] += run.intervention.status.get(m)[p] == Status.EMPLOYED ? 1 : 0;
                }
            }
        }
        assertTrue(employedMonths[1] > employedMonths[0], "car-less villagers' months in work: "
                + employedMonths[0] + " → " + employedMonths[1]);
        int[] inTown = new int[2];
        Paired.Arm[] arms = {run.baseline, run.intervention};
        for (int a = 0; a < 2; a++) {
            var e = arms[a].economy;
            for (int p = 0; p < e.persons.count(); p++) {
                if (e.persons.zone[p] == TestPlaces.VILLAGE && !e.persons.hasCar(p) && e.persons.status[p] == Status.EMPLOYED
                        && e.firms.zone[e.persons.employer[p]] == TestPlaces.TOWN) {
                    inTown[a]++;
                }
            }
        }
        assertEquals(0, inTown[0], "without the upgrade the town is out of reach for car-less villagers");
        assertTrue(inTown[1] > 20, "with it, car-less villagers work in town: " + inTown[1]);
    }

    private static uk.lpip.sim.config.PlaceConfig noBroadbandInVillage(ModelConfig c) {
        var zones = c.place().zones().stream().map(z -> !z.id().equals("village") ? z
                : new uk.lpip.sim.config.PlaceConfig.ZoneConfig(z.id(), z.name(), z.councilId(), z.population(), z.urban(),
                0.0, z.busServiceLevel(), 0.6)).toList();
        return new uk.lpip.sim.config.PlaceConfig(c.place().regionId(), c.place().regionName(), c.place().councils(), zones,
                c.place().roadLinks(), c.place().commuting());
    }
}
