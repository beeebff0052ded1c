package uk.lpip.sim.demography;

import java.util.Arrays;
import sim.util.IntBag;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Ageing, entry into the working-age population at 16, retirement at the state pension age,
 * deaths among pensioners (Gompertz mortality) and births to households with adults aged 20–44.
 * People are created only by births and removed only by deaths.
 */
public final class Demography implements Phase {
    private static final int YOUNGEST_PARENT_MONTHS = 20 * 12;
    private static final int OLDEST_PARENT_MONTHS = 45 * 12;

    private IntBag[] birthsByChunk = new IntBag[0];
    private IntBag[] freeByChunk = new IntBag[0];
    private int[][] deathsByChunk = new int[0][];
    private int[] workingAgeByChunk = new int[0];

    @Override
    public String name() {
        return "demography";
    }

    @Override
    public void step(Economy e) {
        Persons persons = e.persons;
        PopulationConfig pc = e.config.population();
        KeyedRandom rng = e.random;
        int month = e.month();
        int n = persons.count();
        int zones = e.places.zoneCount();
        int chunks = ParallelChunks.chunkCount(n, Economy.PERSON_CHUNK);
        ensureBuffers(chunks, zones);
        int pensionAge = pc.statePensionAgeYears() * 12;
        double birthHazard = 1.0 - Math.pow(1.0 - pc.birthsPerAdult20to44Yearly(), 1.0 / 12.0);

        e.parallel.forEachChunk(n, Economy.PERSON_CHUNK, (chunk, from, to) -> {
            IntBag births = birthsByChunk[chunk];
            IntBag free = freeByChunk[chunk];
            int[] deaths = deathsByChunk[chunk];
            int workingAge = 0;
            births.clear();
            free.clear();
            Arrays.fill(deaths, 0);
            for (int p = from; p < to; p++) {
                byte status = persons.status[p];
                if (status == Status.DEAD) {
                    free.add(p);
                    continue;
                }
                int age = persons.ageMonths[p] + 1;
                persons.ageMonths[p] = (short) age;
                if (persons.monthsInStatus[p] < Short.MAX_VALUE) {
                    persons.monthsInStatus[p]++;
                }
                if (status == Status.CHILD && age >= 16 * 12) {
                    if (rng.chance(Purpose.SCHOOL_LEAVING, month, p, pc.schoolStayOnShare())) {
                        persons.changeStatus(p, Status.STUDENT);
                    } else {
                        persons.skill[p] = Skill.draw(pc.schoolLeaverSkillShares(),
                                rng.uniform(Purpose.EDUCATION_SKILL, month, p));
                        persons.changeStatus(p, Status.UNEMPLOYED);
                    }
                } else if (status != Status.PENSIONER && status != Status.CHILD && age >= pensionAge) {
                    persons.leaveJob(p, Status.PENSIONER);
                } else if (status == Status.PENSIONER) {
                    double yearly = Math.min(pc.mortalityCapYearly(), pc.mortalityAt66Yearly()
                            * Math.exp(pc.mortalityGrowthPerYear() * (age - pensionAge) / 12.0));
                    double monthly = 1.0 - Math.pow(1.0 - yearly, 1.0 / 12.0);
                    if (rng.chance(Purpose.DEATH, month, p, monthly)) {
                        deaths[persons.zone[p]]++;
                        persons.changeStatus(p, Status.DEAD);
                        free.add(p);
                    }
                } else if (age >= YOUNGEST_PARENT_MONTHS && age < OLDEST_PARENT_MONTHS
                        && rng.chance(Purpose.BIRTH, month, p, birthHazard)) {
                    births.add(p);
                }
                if (persons.isWorkingAge(p)) {
                    workingAge++;
                }
            }
            workingAgeByChunk[chunk] = workingAge;
        });
        int workingAge = 0;
        for (int c = 0; c < chunks; c++) {
            workingAge += workingAgeByChunk[c];
        }
        e.setWorkingAge(workingAge, false);

        // Sequential: place newborns in the lowest free slots, in parent-id order.
        int freeChunk = 0;
        int freeIndex = 0;
        for (int c = 0; c < chunks; c++) {
            for (int d = 0; d < zones; d++) {
                e.counters.deaths[d] += deathsByChunk[c][d];
            }
            IntBag births = birthsByChunk[c];
            for (int i = 0; i < births.numObjs; i++) {
                int parent = births.objs[i];
                while (freeChunk < chunks && freeIndex >= freeByChunk[freeChunk].numObjs) {
                    freeChunk++;
                    freeIndex = 0;
                }
                int slot;
                if (freeChunk < chunks) {
                    slot = freeByChunk[freeChunk].objs[freeIndex++];
                    persons.set(slot, 0, persons.household[parent], persons.zone[parent], Skill.NONE,
                            Status.CHILD, persons.hasCar(parent));
                } else {
                    slot = persons.add(0, persons.household[parent], persons.zone[parent], Skill.NONE,
                            Status.CHILD, persons.hasCar(parent));
                }
                e.counters.births[persons.zone[parent]]++;
            }
        }
        Households households = e.households;
        households.rebuildMembers(persons, e.parallel);
        settleEstates(e);
    }

    /** A household whose last member has died passes its savings (or debts) to the state. */
    private static void settleEstates(Economy e) {
        Households households = e.households;
        double estates = 0;
        for (int h = 0; h < households.count(); h++) {
            if (households.size(h) == 0 && households.savings[h] != 0) {
                estates += households.savings[h];
                households.savings[h] = 0;
            }
        }
        if (estates != 0) {
            e.ledger.record(Flow.ESTATES, estates);
        }
    }

    private void ensureBuffers(int chunks, int zones) {
        if (birthsByChunk.length < chunks) {
            int old = birthsByChunk.length;
            birthsByChunk = Arrays.copyOf(birthsByChunk, chunks);
            freeByChunk = Arrays.copyOf(freeByChunk, chunks);
            deathsByChunk = Arrays.copyOf(deathsByChunk, chunks);
            workingAgeByChunk = Arrays.copyOf(workingAgeByChunk, chunks);
            for (int c = old; c < chunks; c++) {
                birthsByChunk[c] = new IntBag();
                freeByChunk[c] = new IntBag();
                deathsByChunk[c] = new int[zones];
            }
        }
    }
}
