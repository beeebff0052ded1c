package uk.lpip.sim.labour;

import java.util.List;
import uk.lpip.sim.config.CouncilHazardsConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.DiscouragementConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Flows between work, search and the reasons for inactivity (student, caring, long-term sick,
 * early retired, discouraged), and skill scarring in long unemployment spells.
 *
 * <p>Discouragement is where the hidden unemployed come from: the hazard of giving up rises with
 * the length of the spell and falls as vacancies per searcher within reach rise; the discouraged
 * return to search as that tightness rises. Searchers whose spell began in inactivity may lapse back to
 * it ({@code reentrant_lapse_hazard}): the churn between unemployment and inactivity of the weakly attached.
 *
 * <p>Every hazard is the region's times the multiplier of the council the person lives in
 * ({@code labour.councils}; 1 where a council has none), so councils can differ in how often their
 * people become long-term sick, care or retire early, give up searching, and come back.
 */
public final class InactivityFlows implements Phase {
    /** Statuses with a configured reason, in the order of {@link Status} codes STUDENT..RETIRED. */
    private static final byte[] REASON_STATUS = {Status.STUDENT, Status.CARING, Status.LONG_TERM_SICK, Status.RETIRED};

    @Override
    public String name() {
        return "inactivity";
    }

    @Override
    public void step(Economy e) {
        Persons persons = e.persons;
        LabourConfig lc = e.config.labour();
        PopulationConfig pc = e.config.population();
        Reasons reasons = Reasons.of(lc.inactivity(), councilMultipliers(e));
        DiscouragementConfig dc = lc.discouragement();
        double[] tightness = e.market.vacanciesPerSearcherInReach;
        KeyedRandom rng = e.random;
        int month = e.month();
        int pensionAge = pc.statePensionAgeYears() * 12;

        e.parallel.forEachChunk(persons.count(), Economy.PERSON_CHUNK, (chunk, from, to) -> {
            for (int p = from; p < to; p++) {
                byte status = persons.status[p];
                int age = persons.ageMonths[p];
                if (age < 16 * 12 || age >= pensionAge || status == Status.DEAD
                        || status == Status.PENSIONER || status == Status.CHILD) {
                    continue;
                }
                double u = rng.uniform(Purpose.INACTIVITY_ENTRY, month, p);
                int zone = persons.zone[p];
                int reachClass = CommutingReach.classOf(persons.zone[p], persons.hasCar(p));
                double tight = tightness[reachClass];
                switch (status) {
                    case Status.EMPLOYED -> {
                        byte to2 = reasons.draw(u, age, true, zone);
                        if (to2 != Status.EMPLOYED) {
                            persons.leaveJob(p, to2);
                        }
                    }
                    case Status.UNEMPLOYED -> {
                        double discouraged = discouragementHazard(dc, persons.monthsInStatus[p], tight)
                                * reasons.discouraged()[zone];
                        double lapse = persons.reentrant(p) ? dc.reentrantLapseHazard() : 0.0;
                        if (u < discouraged) {
                            persons.changeStatus(p, Status.DISCOURAGED);
                        } else if (u < discouraged + lapse) {
                            persons.changeStatus(p, persons.returnedFrom(p));
                        } else {
                            byte to2 = reasons.draw(u - discouraged - lapse, age, false, zone);
                            if (to2 != Status.EMPLOYED) {
                                persons.changeStatus(p, to2);
                            } else {
                                scar(e, lc, p, month);
                            }
                        }
                    }
                    case Status.DISCOURAGED -> {
                        if (u < returnHazard(dc, tight) * reasons.exit()[zone] * persons.searchIntensity(p)
                                * persons.returnHazardFactor(p)) {
                            persons.changeStatus(p, Status.UNEMPLOYED);
                        }
                    }
                    default -> {
                        if (status == Status.STUDENT && age < 18 * 12) {
                            continue;
                        }
                        double exit = status == Status.STUDENT ? pc.studentExitHazardAfter18()
                                : Math.min(1.0, reasons.exitHazard(status) * reasons.exit()[zone] * persons.returnHazardFactor(p));
                        if (u < exit) {
                            if (status == Status.STUDENT) {
                                double[] shares = age < 19 * 12 ? pc.schoolLeaverSkillShares() : pc.graduateSkillShares();
                                byte drawn = Skill.draw(shares, rng.uniform(Purpose.EDUCATION_SKILL, month, p));
                                persons.skill[p] = (byte) Math.max(persons.skill[p], drawn);
                            }
                            persons.setReturnedFrom(p, status);   // part-time odds: partTimeOdds(lc.hours(), status)
                            persons.changeStatus(p, Status.UNEMPLOYED);
                        }
                    }
                }
            }
        });
    }

    /** Monthly hazard that an unemployed person gives up searching. */
    public static double discouragementHazard(DiscouragementConfig dc, int monthsUnemployed, double tightness) {
        double years = Math.min(monthsUnemployed, dc.durationCapMonths()) / 12.0;
        return dc.baseHazard() * Math.max(0.0, 1.0 + dc.durationEffectPerYear() * years)
                * tightnessFactor(dc, dc.referenceVacanciesPerSearcher() / Math.max(tightness, 1e-3));
    }

    /**
     * The odds multiplier on a part-time first job for someone returning to search from an inactivity
     * reason: higher after caring and long-term sickness ({@link uk.lpip.sim.config.HoursConfig}), 1 otherwise.
     */
    static double partTimeOdds(uk.lpip.sim.config.HoursConfig hc, byte reason) {
        return reason == Status.CARING ? hc.partTimeOddsAfterCaring()
                : reason == Status.LONG_TERM_SICK ? hc.partTimeOddsAfterLongTermSickness() : 1.0;
    }

    /** Monthly hazard that a discouraged person returns to search. */
    public static double returnHazard(DiscouragementConfig dc, double tightness) {
        return Math.min(1.0, dc.baseReturnHazard()
                * tightnessFactor(dc, tightness / dc.referenceVacanciesPerSearcher()));
    }

    private static double tightnessFactor(DiscouragementConfig dc, double ratio) {
        double f = Math.pow(Math.max(ratio, 0.0), dc.returnTightnessElasticity());
        return Math.max(dc.tightnessFactorMin(), Math.min(dc.tightnessFactorMax(), f));
    }

    /** After a long spell, skills start to depreciate (scarring). */
    private static void scar(Economy e, LabourConfig lc, int p, int month) {
        Persons persons = e.persons;
        if (persons.monthsInStatus[p] >= lc.scarringAfterMonths() && persons.skill[p] > Skill.NONE
                && e.random.chance(Purpose.SKILL_SCARRING, month, p, lc.scarringMonthlyHazard())) {
            persons.skill[p]--;
        }
    }

    /**
     * Each zone's multipliers from its council ({@link CouncilHazardsConfig}), as flat arrays indexed by
     * zone, so the monthly loop reads an array instead of looking a council up per person.
     */
    private static ZoneMultipliers councilMultipliers(Economy e) {
        Places places = e.places;
        int zones = places.zoneCount();
        CouncilHazardsConfig[] byCouncil = new CouncilHazardsConfig[places.councilCount()];
        for (int c = 0; c < byCouncil.length; c++) {
            byCouncil[c] = e.config.labour().hazardsOf(places.councilId(c));
        }
        double[][] entry = new double[REASON_STATUS.length][zones];
        double[] discouraged = new double[zones];
        double[] exit = new double[zones];
        for (int z = 0; z < zones; z++) {
            CouncilHazardsConfig h = byCouncil[places.councilOf(z)];
            entry[0][z] = 1.0;
            entry[1][z] = h.caring();
            entry[2][z] = h.longTermSick();
            entry[3][z] = h.retired();
            discouraged[z] = h.discouraged();
            exit[z] = h.inactivityExit();
        }
        return new ZoneMultipliers(entry, discouraged, exit);
    }

    /** Per-zone multipliers: entry[reason in REASON_STATUS order][zone], discouraged[zone], exit[zone]. */
    private record ZoneMultipliers(double[][] entry, double[] discouraged, double[] exit) { }

    /** The configured reasons as arrays, so a draw walks cumulative hazards without allocation. */
    private record Reasons(byte[] status, double[] fromEmployed, double[] fromUnemployed, double[] exitBase, int[] minAgeMonths,
                           double[][] entryByZone, double[] discouraged, double[] exit) {
        static Reasons of(List<InactivityReasonConfig> configs, ZoneMultipliers m) {
            int n = configs.size();
            byte[] st = new byte[n];
            double[] fe = new double[n];
            double[] fu = new double[n];
            double[] ex = new double[n];
            int[] min = new int[n];
            double[][] entry = new double[n][];
            for (int i = 0; i < n; i++) {
                InactivityReasonConfig r = configs.get(i);
                st[i] = statusOf(r.reason());
                fe[i] = r.hazardFromEmployed();
                fu[i] = r.hazardFromUnemployed();
                ex[i] = r.exitHazard();
                min[i] = r.minAge() * 12;
                for (int k = 0; k < REASON_STATUS.length; k++) {
                    if (REASON_STATUS[k] == st[i]) {
                        entry[i] = m.entry()[k];
                    }
                }
            }
            return new Reasons(st, fe, fu, ex, min, entry, m.discouraged(), m.exit());
        }

        /** The reason entered with uniform draw {@code u} by a resident of {@code zone}, or EMPLOYED meaning "no change". */
        byte draw(double u, int ageMonths, boolean employed, int zone) {
            double acc = 0;
            for (int i = 0; i < status.length; i++) {
                if (ageMonths < minAgeMonths[i]) {
                    continue;
                }
                acc += (employed ? fromEmployed[i] : fromUnemployed[i]) * entryByZone[i][zone];
                if (u < acc) {
                    return status[i];
                }
            }
            return Status.EMPLOYED;
        }

        /** The region's exit hazard of a reason (before the zone's multiplier). */
        double exitHazard(byte reason) {
            for (int i = 0; i < status.length; i++) {
                if (status[i] == reason) {
                    return exitBase[i];
                }
            }
            return 0.0;
        }
    }

    /** Maps a configured reason name to its status code. */
    public static byte statusOf(String reason) {
        for (byte s : REASON_STATUS) {
            if (Status.name(s).equals(reason)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown inactivity reason '" + reason
                + "'; expected one of student, caring, long_term_sick, retired");
    }
}
