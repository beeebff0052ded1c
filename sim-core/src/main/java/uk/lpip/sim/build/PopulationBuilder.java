package uk.lpip.sim.build;

import java.util.List;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilConfig;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.config.PopulationConfig.AgeBandConfig;
import uk.lpip.sim.config.PopulationConfig.HouseholdTypeConfig;
import uk.lpip.sim.config.PopulationConfig.StatusShares;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Builds the synthetic starting population zone by zone: households of the configured types,
 * their members' ages, skills and labour statuses, and car access. Each zone's people are drawn
 * with its council's characteristics where the council has its own (household types, age bands,
 * skill and status shares), else with the region's. People drawn as employed
 * are given jobs afterwards by {@code InitialPlacement}; until then they hold status EMPLOYED with
 * no employer.
 */
public final class PopulationBuilder {
    /** Month key used for draws made while building (before month 0). */
    public static final int BUILD_MONTH = -1;

    private PopulationBuilder() {
    }

    public static void build(ModelConfig config, Places places, Persons persons, Households households, KeyedRandom rng) {
        PopulationConfig[] byCouncil = councilPopulations(config);
        double scale = config.run().scale();
        for (int z = 0; z < places.zoneCount(); z++) {
            PopulationConfig pc = byCouncil[places.councilOf(z)];
            List<HouseholdTypeConfig> types = pc.householdTypes();
            int target = (int) Math.round(places.configuredPopulation(z) * scale);
            int placed = 0;
            while (placed < target) {
                int h = households.count();
                HouseholdTypeConfig type = drawType(types, rng.uniform(Purpose.HOUSEHOLD_TYPE, BUILD_MONTH, h));
                boolean car = rng.chance(Purpose.CAR_ACCESS, BUILD_MONTH, h, places.carAccessShare(z));
                int adults = type.workingAgeAdults() + type.pensioners();
                households.add(z, config.households().initialSavingsPerAdult() * adults);
                for (int a = 0; a < type.workingAgeAdults(); a++) {
                    int p = persons.count();
                    int age = drawAdultAge(pc, type, rng.uniform(Purpose.PERSON_AGE, BUILD_MONTH, p, 0),
                            rng.uniform(Purpose.PERSON_AGE, BUILD_MONTH, p, 1));
                    byte skill = capSkillForAge(Skill.draw(pc.adultSkillShares(),
                            rng.uniform(Purpose.PERSON_SKILL, BUILD_MONTH, p)), age);
                    byte status = drawStatus(pc, age, rng.uniform(Purpose.PERSON_STATUS, BUILD_MONTH, p));
                    persons.add(age, h, z, skill, status, car);
                    if (status == Status.UNEMPLOYED || status == Status.DISCOURAGED) {
                        persons.monthsInStatus[p] = (short) rng.below(Purpose.PERSON_STATUS, BUILD_MONTH, p, 1, 24);
                    }
                }
                int children = type.minChildren() + rng.below(Purpose.CHILDREN, BUILD_MONTH, h, 0,
                        type.maxChildren() - type.minChildren() + 1);
                for (int k = 0; k < children; k++) {
                    int p = persons.count();
                    int age = rng.below(Purpose.PERSON_AGE, BUILD_MONTH, p, 0, 16 * 12);
                    persons.add(age, h, z, Skill.NONE, Status.CHILD, car);
                }
                for (int k = 0; k < type.pensioners(); k++) {
                    int p = persons.count();
                    double years = -pc.pensionerMeanYearsAboveSpa()
                            * Math.log(1.0 - rng.uniform(Purpose.PERSON_AGE, BUILD_MONTH, p));
                    int age = (int) Math.min(100 * 12, (pc.statePensionAgeYears() + years) * 12);
                    persons.add(age, h, z, Skill.draw(pc.adultSkillShares(), rng.uniform(Purpose.PERSON_SKILL, BUILD_MONTH, p)),
                            Status.PENSIONER, car);
                }
                placed += type.workingAgeAdults() + children + type.pensioners();
            }
        }
        try (ParallelChunks one = new ParallelChunks(1)) {
            households.rebuildMembers(persons, one);
        }
    }

    /** Each council's population configuration: the region's with the council's own overrides, by council index. */
    static PopulationConfig[] councilPopulations(ModelConfig config) {
        List<CouncilConfig> councils = config.place().councils();
        PopulationConfig[] out = new PopulationConfig[councils.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = councils.get(c).population().applyTo(config.population());
        }
        return out;
    }

    /**
     * An adult's age in months: a band drawn by its share of the working-age population, restricted
     * to the household type's age range, then a uniform age within the overlap.
     */
    static int drawAdultAge(PopulationConfig pc, HouseholdTypeConfig type, double uBand, double uAge) {
        int lo = type.minAdultAge();
        int hi = type.maxAdultAge();
        double total = pc.shareAged(lo, hi);
        if (total <= 0) {
            return Math.min(hi * 12 + 11, lo * 12 + (int) (uAge * (hi - lo + 1) * 12));
        }
        double target = uBand * total;
        for (AgeBandConfig b : pc.workingAgeBands()) {
            int from = Math.max(lo, b.fromAge());
            int to = Math.min(hi, b.toAge());
            if (to < from) {
                continue;
            }
            double weight = pc.shareAged(from, to);
            if (target < weight) {
                return Math.min(to * 12 + 11, from * 12 + (int) (uAge * (to - from + 1) * 12));
            }
            target -= weight;
        }
        return hi * 12 + 11;
    }

    private static HouseholdTypeConfig drawType(List<HouseholdTypeConfig> types, double u) {
        double acc = 0;
        for (HouseholdTypeConfig t : types) {
            acc += t.share();
            if (u < acc) {
                return t;
            }
        }
        return types.get(types.size() - 1);
    }

    /** Young adults have not had time to reach the highest qualifications. */
    private static byte capSkillForAge(byte skill, int ageMonths) {
        if (ageMonths < 19 * 12) {
            return (byte) Math.min(skill, Skill.LOW);
        }
        if (ageMonths < 21 * 12) {
            return (byte) Math.min(skill, Skill.MEDIUM);
        }
        return skill;
    }

    /**
     * A starting status with the configured overall shares: students are drawn among 16–24-year-olds
     * and the early retired among 55–64-year-olds, the rest from the remaining shares.
     */
    static byte drawStatus(PopulationConfig pc, int ageMonths, double u) {
        StatusShares s = pc.statusShares();
        boolean young = ageMonths < 25 * 12;
        boolean older = ageMonths >= 55 * 12;
        double student = young ? Math.min(0.75, s.student() / Math.max(pc.shareAged(16, 24), 1e-9)) : 0;
        double retired = older ? Math.min(0.5, s.retired() / Math.max(pc.shareAged(55, 64), 1e-9)) : 0;
        if (u < student) {
            return Status.STUDENT;
        }
        if (u < student + retired) {
            return Status.RETIRED;
        }
        double rest = s.employed() + s.unemployed() + s.caring() + s.longTermSick() + s.discouraged();
        double v = (u - student - retired) / (1.0 - student - retired) * rest;
        if ((v -= s.employed()) < 0) {
            return Status.EMPLOYED;
        }
        if ((v -= s.unemployed()) < 0) {
            return Status.UNEMPLOYED;
        }
        if ((v -= s.caring()) < 0) {
            return Status.CARING;
        }
        if ((v -= s.longTermSick()) < 0) {
            return Status.LONG_TERM_SICK;
        }
        return Status.DISCOURAGED;
    }
}
