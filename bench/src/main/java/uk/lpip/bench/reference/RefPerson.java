package uk.lpip.bench.reference;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.labour.InactivityFlows;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * A person, the way MASON models are usually written: an object with its own fields, scheduled
 * as its own {@link Steppable}. Its monthly step is the fast model's demography and inactivity
 * phases for this one person (ageing, leaving school, reaching pension age, dying, asking for a
 * birth; then flows between work, search and the reasons for inactivity), with the same equations
 * and parameters; draws come from its group's MASON generator.
 */
final class RefPerson implements Steppable {
    private static final long serialVersionUID = 1L;

    int ageMonths;
    RefHousehold household;
    final int zone;
    byte skill;
    byte status;
    byte jobLevel;
    final boolean car;
    /** Superfast broadband at home (drawn once against the zone's coverage). */
    final boolean broadband;
    RefFirm employer;
    double monthlyWage;
    /** Hours of the job as a share of full time (1: full time); earnings are monthlyWage × this. */
    double hours = 1.0;
    /** Multiplier on the odds that the next job is part time (caring and long-term sickness raise it). */
    double partTimeOdds = 1.0;
    int monthsInStatus;
    /** Of low employability (labour.employability.low_share), drawn once when the person is made. */
    boolean lowEmployability;
    double searchIntensity = 1.0;
    /** Which parallel group steps this person (and whose generator it draws from). */
    final int group;
    /** Matched this month: searches no more. */
    boolean searchedOut;
    /** Offers received in the current matching round: firm and level. */
    final List<RefFirm> offerFirms = new ArrayList<>(2);
    final List<Integer> offerLevels = new ArrayList<>(2);

    RefPerson(int ageMonths, RefHousehold household, int zone, byte skill, byte status, boolean car, boolean broadband,
              int group) {
        this.ageMonths = ageMonths;
        this.household = household;
        this.zone = zone;
        this.skill = skill;
        this.status = status;
        this.car = car;
        this.broadband = broadband;
        this.group = group;
    }

    void changeStatus(byte s) {
        status = s;
        monthsInStatus = 0;
    }

    boolean isWorkingAge() {
        return ageMonths >= 16 * 12 && ageMonths < 65 * 12 && status != Status.DEAD;
    }

    int reachClass() {
        return CommutingReach.classOf(zone, car);
    }

    @Override
    public void step(SimState state) {
        ReferenceModel m = (ReferenceModel) state;
        if (status == Status.DEAD) {
            return;
        }
        MersenneTwisterFast r = m.random(group);
        demography(m, r);
        if (status != Status.DEAD) {
            inactivity(m, r);
        }
    }

    private void demography(ReferenceModel m, MersenneTwisterFast r) {
        PopulationConfig pc = m.config().population();
        int pensionAge = pc.statePensionAgeYears() * 12;
        ageMonths++;
        if (monthsInStatus < Short.MAX_VALUE) {
            monthsInStatus++;
        }
        if (status == Status.CHILD && ageMonths >= 16 * 12) {
            if (r.nextDouble() < pc.schoolStayOnShare()) {
                changeStatus(Status.STUDENT);
            } else {
                skill = Skill.draw(pc.schoolLeaverSkillShares(), r.nextDouble());
                changeStatus(Status.UNEMPLOYED);
            }
        } else if (status != Status.PENSIONER && status != Status.CHILD && ageMonths >= pensionAge) {
            employer = null;
            changeStatus(Status.PENSIONER);
        } else if (status == Status.PENSIONER) {
            double yearly = Math.min(pc.mortalityCapYearly(), pc.mortalityAt66Yearly()
                    * Math.exp(pc.mortalityGrowthPerYear() * (ageMonths - pensionAge) / 12.0));
            if (r.nextDouble() < 1.0 - Math.pow(1.0 - yearly, 1.0 / 12.0)) {
                changeStatus(Status.DEAD);
                m.died(this);
            }
        } else if (ageMonths >= 20 * 12 && ageMonths < 45 * 12 && r.nextDouble() < m.birthHazard()) {
            m.birthAskedBy(this);
        }
    }

    private void inactivity(ReferenceModel m, MersenneTwisterFast r) {
        int pensionAge = m.config().population().statePensionAgeYears() * 12;
        if (ageMonths < 16 * 12 || ageMonths >= pensionAge || status == Status.PENSIONER || status == Status.CHILD) {
            return;
        }
        LabourConfig lc = m.config().labour();
        LabourConfig.DiscouragementConfig dc = lc.discouragement();
        double u = r.nextDouble();
        double tight = m.market().vacanciesPerSearcherInReach[reachClass()];
        switch (status) {
            case Status.EMPLOYED -> {
                byte to = drawReason(lc.inactivity(), u, true);
                if (to != Status.EMPLOYED) {
                    employer = null;
                    changeStatus(to);
                }
            }
            case Status.UNEMPLOYED -> {
                double discouraged = InactivityFlows.discouragementHazard(dc, monthsInStatus, tight);
                if (u < discouraged) {
                    changeStatus(Status.DISCOURAGED);
                } else {
                    byte to = drawReason(lc.inactivity(), u - discouraged, false);
                    if (to != Status.EMPLOYED) {
                        changeStatus(to);
                    } else if (monthsInStatus >= lc.scarringAfterMonths() && skill > Skill.NONE
                            && r.nextDouble() < lc.scarringMonthlyHazard()) {
                        skill--;
                    }
                }
            }
            case Status.DISCOURAGED -> {
                if (u < InactivityFlows.returnHazard(dc, tight) * searchIntensity) {
                    changeStatus(Status.UNEMPLOYED);
                }
            }
            default -> {
                if (status == Status.STUDENT && ageMonths < 18 * 12) {
                    return;
                }
                PopulationConfig pc = m.config().population();
                double exit = status == Status.STUDENT ? pc.studentExitHazardAfter18() : exitHazard(lc.inactivity(), status);
                if (u < exit) {
                    if (status == Status.STUDENT) {
                        double[] shares = ageMonths < 19 * 12 ? pc.schoolLeaverSkillShares() : pc.graduateSkillShares();
                        skill = (byte) Math.max(skill, Skill.draw(shares, r.nextDouble()));
                    }
                    partTimeOdds = status == Status.CARING ? lc.hours().partTimeOddsAfterCaring()
                            : status == Status.LONG_TERM_SICK ? lc.hours().partTimeOddsAfterLongTermSickness() : 1.0;
                    changeStatus(Status.UNEMPLOYED);
                }
            }
        }
    }

    /** The reason entered with uniform draw {@code u}, or EMPLOYED for no change (cumulative hazards in file order). */
    private byte drawReason(List<InactivityReasonConfig> reasons, double u, boolean fromWork) {
        double acc = 0;
        for (InactivityReasonConfig reason : reasons) {
            if (ageMonths < reason.minAge() * 12) {
                continue;
            }
            acc += fromWork ? reason.hazardFromEmployed() : reason.hazardFromUnemployed();
            if (u < acc) {
                return InactivityFlows.statusOf(reason.reason());
            }
        }
        return Status.EMPLOYED;
    }

    private static double exitHazard(List<InactivityReasonConfig> reasons, byte s) {
        for (InactivityReasonConfig reason : reasons) {
            if (InactivityFlows.statusOf(reason.reason()) == s) {
                return reason.exitHazard();
            }
        }
        return 0.0;
    }
}
