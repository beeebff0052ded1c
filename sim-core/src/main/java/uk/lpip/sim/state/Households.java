package uk.lpip.sim.state;

import java.util.Arrays;
import uk.lpip.sim.engine.GroupIndex;
import uk.lpip.sim.engine.ParallelChunks;

/**
 * Every household, as parallel arrays indexed by household id, with a member index
 * (household → its persons) rebuilt after demography changes membership.
 */
public final class Households {
    private int count;
    public int[] zone;
    /** Savings (negative: debt), £. This is the household sector's money account. */
    public double[] savings;
    /** This month's gross earnings, benefits and pensions, taxes and spending, £. */
    public double[] grossEarnings;
    /** This month's income tax and employee National Insurance paid by members, and the household's benefit, £. */
    public double[] taxes;
    public double[] benefit;
    public double[] disposableIncome;
    public double[] consumption;
    /**
     * Profit paid last month by locally owned firms to this household's owners, £: already in its savings
     * (production credits it), spent the next month like other income.
     */
    public double[] ownerIncome;
    /** Disposable income divided by the modified OECD equivalence scale, £ per month. */
    public double[] equivalisedIncome;
    /** Persons alive in the household. */
    public int[] size;

    /** Household → its living members, in person-id order (see {@link GroupIndex}). */
    private final GroupIndex members = new GroupIndex();

    public Households(int capacity) {
        zone = new int[capacity];
        savings = new double[capacity];
        grossEarnings = new double[capacity];
        taxes = new double[capacity];
        benefit = new double[capacity];
        disposableIncome = new double[capacity];
        consumption = new double[capacity];
        ownerIncome = new double[capacity];
        equivalisedIncome = new double[capacity];
        size = new int[capacity];
    }

    public int count() {
        return count;
    }

    public int add(int zoneId, double initialSavings) {
        if (count == zone.length) {
            int cap = zone.length + (zone.length >> 1) + 16;
            zone = Arrays.copyOf(zone, cap);
            savings = Arrays.copyOf(savings, cap);
            grossEarnings = Arrays.copyOf(grossEarnings, cap);
            taxes = Arrays.copyOf(taxes, cap);
            benefit = Arrays.copyOf(benefit, cap);
            disposableIncome = Arrays.copyOf(disposableIncome, cap);
            consumption = Arrays.copyOf(consumption, cap);
            ownerIncome = Arrays.copyOf(ownerIncome, cap);
            equivalisedIncome = Arrays.copyOf(equivalisedIncome, cap);
            size = Arrays.copyOf(size, cap);
        }
        int h = count++;
        zone[h] = zoneId;
        savings[h] = initialSavings;
        return h;
    }

    /** Rebuilds the member index with a counting sort, so members are listed in person-id order. */
    public void rebuildMembers(Persons persons, ParallelChunks parallel) {
        members.rebuild(persons.count(), count, p -> persons.status[p] != Status.DEAD ? persons.household[p] : -1, parallel);
        for (int h = 0; h < count; h++) {
            size[h] = members.end(h) - members.start(h);
        }
    }

    public int firstMember(int h) {
        return members.start(h);
    }

    public int endMember(int h) {
        return members.end(h);
    }

    public int member(int index) {
        return members.item(index);
    }
}
