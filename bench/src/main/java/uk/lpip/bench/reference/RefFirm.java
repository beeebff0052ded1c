package uk.lpip.bench.reference;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * A firm as an object holding its workers and its vacancies by skill level. It is stepped several
 * times a month, once per firm phase of the fast model ({@link Phase}): tidy its workforce, draw
 * its demand shock, plan (target jobs, vacancies, layoffs, posted wages), pay and produce, sell.
 * Same equations as the fast model's {@code FirmPlanning} and {@code Production}.
 */
final class RefFirm implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int L = Skill.LEVELS;

    /** Which of its monthly steps the firm takes when stepped (set by the model before each firm sequence). */
    enum Phase { TIDY, SHOCK, PLAN, PAYROLL, SELL }

    final int sector;
    final int zone;
    final int council;
    final int group;
    boolean alive = true;
    final double productivity;
    double cash;
    final int[] jobs = new int[L];
    final int[] vacancies = new int[L];
    /** Whether each level's post is recruiting this month ({@code labour.recruiting_chance}). */
    final boolean[] recruiting = new boolean[L];
    final double[] postedWage = new double[L];
    final double[] layoffShare = new double[L];
    /** Long-run demand level; fades after closure as customers move to rivals. */
    double baseDemand;
    double logShock;
    double demand;
    double expectedDemand;
    double output;
    double wageBill;
    double valueAdded;
    int negativeCashMonths;
    int lossMonths;
    double sales;
    /** The enterprise's first site (this firm for a single-site firm). */
    RefFirm enterprise = this;
    /** Scratch: the enterprise's filled jobs, summed on its first site each month. */
    int enterpriseJobs;
    int ageMonths;
    final List<RefPerson> workers = new ArrayList<>();
    /** Applicants this matching round, by required level. */
    @SuppressWarnings("unchecked")
    final List<RefPerson>[] applicants = new List[L];

    RefFirm(int sector, int zone, int council, double productivity, double baseDemand, double cash, int group) {
        this.sector = sector;
        this.zone = zone;
        this.council = council;
        this.productivity = productivity;
        this.baseDemand = baseDemand;
        this.cash = cash;
        this.group = group;
        for (int k = 0; k < L; k++) {
            applicants[k] = new ArrayList<>();
        }
    }

    int totalJobs() {
        int sum = 0;
        for (int j : jobs) {
            sum += j;
        }
        return sum;
    }

    /** Alive, or closed with customers that have not all moved to rivals yet. */
    boolean inMarket() {
        return alive || baseDemand > 0;
    }

    double marketWeight() {
        return baseDemand * Math.exp(logShock);
    }

    @Override
    public void step(SimState state) {
        ReferenceModel m = (ReferenceModel) state;
        switch (m.firmPhase()) {
            case TIDY -> tidy();
            case SHOCK -> shock(m);
            case PLAN -> plan(m);
            case PAYROLL -> payroll(m);
            case SELL -> sell(m);
        }
    }

    /** Drops workers who left (retired, went inactive) and recounts jobs by level. */
    private void tidy() {
        workers.removeIf(p -> p.employer != this || p.status != Status.EMPLOYED);
        java.util.Arrays.fill(jobs, 0);
        for (RefPerson p : workers) {
            jobs[p.jobLevel]++;
        }
    }

    private void shock(ReferenceModel m) {
        if (alive) {
            FirmDynamicsConfig fd = m.config().firmDynamics();
            logShock = (1.0 - fd.demandMeanReversion()) * logShock + fd.demandShockSigma() * m.random(group).nextGaussian();
        }
    }

    private void plan(ReferenceModel m) {
        if (!alive) {
            java.util.Arrays.fill(vacancies, 0);
            java.util.Arrays.fill(layoffShare, 1.0);
            return;
        }
        FirmDynamicsConfig fd = m.config().firmDynamics();
        LabourConfig lc = m.config().labour();
        SectorTable sectors = m.sectors();
        if (sectors.kind(sector) == SectorKind.TRADABLE) {
            demand = marketWeight() * m.tradableDemandPerWeight(sector);
            expectedDemand = fd.expectationSmoothing() * demand + (1.0 - fd.expectationSmoothing()) * expectedDemand;
        }
        int[] target = new int[L];
        FirmRules.allocateJobs(expectedDemand / productivity / sectors.meanJobWeight(sector), sectors, sector, target,
                new double[L]);
        double markup = FirmRules.wageMarkup(m.market().localTightness[zone]
                / lc.discouragement().referenceVacanciesPerSearcher(), lc);
        double valueAddedPerWorker = productivity * (1.0 - sectors.intermediateShare(sector));
        double[] weight = lc.skillProductivity();
        for (int s = 0; s < L; s++) {
            int gap = target[s] - jobs[s];
            vacancies[s] = Math.max(0, gap);
            layoffShare[s] = gap < 0 ? -gap * (1.0 - lc.layoffTolerance()) / jobs[s] : 0;
            // rounded to float as the fast model stores it, so both compare wages alike
            postedWage[s] = (float) FirmRules.postedWage(sectors.wageShare(sector) * valueAddedPerWorker, weight[s], markup,
                    lc.minimumMonthlyWage());
        }
    }

    private void payroll(ReferenceModel m) {
        double bill = 0;
        double[] weight = m.config().labour().skillProductivity();
        double effective = 0;
        for (RefPerson p : workers) {
            double earnings = p.monthlyWage * p.hours;
            bill += earnings + m.rules().employerNi(earnings);
            effective += weight[p.jobLevel] * p.hours;
        }
        wageBill = bill;
        output = productivity * effective / m.sectors().meanPostFte(sector);
    }

    private void sell(ReferenceModel m) {
        if (!alive) {
            valueAdded = 0;
            sales = 0;
            return;
        }
        SectorTable sectors = m.sectors();
        FirmDynamicsConfig fd = m.config().firmDynamics();
        SectorKind kind = sectors.kind(sector);
        if (kind == SectorKind.LOCAL_SERVICES) {
            demand = marketWeight() * m.localDemandPerWeight(zone);
        } else if (kind == SectorKind.PUBLIC_SERVICES) {
            demand = marketWeight() * m.publicDemandPerWeight(council);
        }
        sales = Math.min(demand, output);
        double inputs = sales * sectors.intermediateShare(sector);
        double businessRates = sales * fd.businessRatesShareOfSales();
        double costs = inputs + businessRates + wageBill;
        double after = cash + sales - costs;
        double buffer = fd.cashBufferMonths() * costs;
        double dividend = after > buffer ? fd.dividendPayout() * (after - buffer) : 0;
        cash = after - dividend;
        double localOwnership = switch (kind) {
            case TRADABLE -> fd.localOwnershipTradable();
            case LOCAL_SERVICES -> fd.localOwnershipLocalServices();
            case PUBLIC_SERVICES -> 0.0;
        };
        valueAdded = sales - inputs;
        negativeCashMonths = cash < 0 ? negativeCashMonths + 1 : 0;
        ageMonths++;
        if (kind != SectorKind.TRADABLE) {
            expectedDemand = fd.expectationSmoothing() * demand + (1.0 - fd.expectationSmoothing()) * expectedDemand;
        }
        ReferenceModel.Totals totals = m.totals(group);
        totals.businessRates[council] += businessRates;
        totals.ownerIncome[council] += dividend * localOwnership;
        if (kind == SectorKind.PUBLIC_SERVICES) {
            totals.publicPurchases[council] += sales;
        }
    }
}
