package uk.lpip.bench.reference;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/** Turns the fast model's built economy (arrays) into the reference's objects: the same starting agents. */
final class PopulationSetup {
    record Result(List<RefPerson> persons, List<RefHousehold> households, List<RefFirm> firms) { }

    private PopulationSetup() {
    }

    static Result convert(Economy e, int groups, MersenneTwisterFast random) {
        Households hh = e.households;
        List<RefHousehold> households = new ArrayList<>(hh.count());
        for (int h = 0; h < hh.count(); h++) {
            households.add(new RefHousehold(hh.zone[h], e.places.councilOf(hh.zone[h]), hh.savings[h], h % groups));
        }
        Firms fs = e.firms;
        List<RefFirm> firms = new ArrayList<>(fs.count());
        for (int f = 0; f < fs.count(); f++) {
            RefFirm r = new RefFirm(fs.sector[f], fs.zone[f], e.places.councilOf(fs.zone[f]), fs.productivity[f],
                    fs.baseDemand[f], fs.cash[f], f % groups);
            r.alive = fs.alive[f];
            for (int k = 0; k < RefFirm.L; k++) {
                int i = f * RefFirm.L + k;
                r.vacancies[k] = fs.vacancies[i];
                r.postedWage[k] = fs.postedWage[i];
                r.layoffShare[k] = fs.layoffShare[i];
            }
            r.logShock = fs.logShock[f];
            r.demand = fs.demand[f];
            r.expectedDemand = fs.expectedDemand[f];
            r.negativeCashMonths = fs.negativeCashMonths[f];
            r.ageMonths = fs.ageMonths[f];
            r.lossMonths = fs.lossMonths[f];
            firms.add(r);
        }
        for (int f = 0; f < fs.count(); f++) {
            firms.get(f).enterprise = firms.get(fs.enterprise[f]);
        }
        Persons ps = e.persons;
        List<RefPerson> persons = new ArrayList<>(ps.count());
        for (int p = 0; p < ps.count(); p++) {
            if (ps.status[p] == Status.DEAD) {
                continue;
            }
            RefHousehold home = households.get(ps.household[p]);
            RefPerson r = new RefPerson(ps.ageMonths[p], home, ps.zone[p], ps.skill[p], ps.status[p], ps.hasCar(p),
                    random.nextDouble() < e.places.broadbandShare(ps.zone[p]), p % groups);
            r.lowEmployability = random.nextDouble() < e.config.labour().employability().lowShare();
            r.jobLevel = ps.jobLevel[p];
            r.monthlyWage = ps.monthlyWage[p];
            r.hours = ps.hours(p);
            r.partTimeOdds = ps.partTimeOdds(p);
            r.monthsInStatus = ps.monthsInStatus[p];
            r.searchIntensity = ps.searchIntensity(p);
            if (ps.status[p] == Status.EMPLOYED) {
                RefFirm employer = firms.get(ps.employer[p]);
                r.employer = employer;
                employer.workers.add(r);
                employer.jobs[r.jobLevel]++;
            }
            home.members.add(r);
            persons.add(r);
        }
        return new Result(persons, households, firms);
    }
}
