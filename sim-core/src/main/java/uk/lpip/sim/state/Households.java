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
    /** The household's zone, as an unsigned 16-bit number (see {@link Persons#MAX_ZONES}). */
    public char[] zone;
    /** Savings (negative: debt), £. This is the household sector's money account. */
    public double[] savings;
    /**
     * This month's income tax and employee National Insurance paid by members, and the household's
     * benefit, £ (the metrics sum them by zone). Its gross earnings, disposable income and spending are
     * not kept: the incomes step sums them into {@code IncomeTotals} and the equivalised income.
     */
    public double[] taxes;
    public double[] benefit;
    /**
     * Profit paid last month by locally owned firms to this household's owners, £: already in its savings
     * (production credits it), spent the next month like other income.
     */
    public double[] ownerIncome;
    /** Disposable income divided by the modified OECD equivalence scale, £ per month. */
    public double[] equivalisedIncome;

    /** Household → its living members, in person-id order (see {@link GroupIndex}). */
    private final GroupIndex members = new GroupIndex();
    /** Households the member index covers (those there were at its last rebuild). */
    private int indexed;

    public Households(int capacity) {
        zone = new char[capacity];
        savings = new double[capacity];
        taxes = new double[capacity];
        benefit = new double[capacity];
        ownerIncome = new double[capacity];
        equivalisedIncome = new double[capacity];
    }

    public int count() {
        return count;
    }

    public int add(int zoneId, double initialSavings) {
        if (count == zone.length) {
            resize(zone.length + (zone.length >> 1) + 16);
        }
        int h = count++;
        if (zoneId < 0 || zoneId >= Persons.MAX_ZONES) {
            throw new IllegalArgumentException("zone " + zoneId + ": a place has at most " + Persons.MAX_ZONES + " zones");
        }
        zone[h] = (char) zoneId;
        savings[h] = initialSavings;
        return h;
    }

    /** Fits the arrays to the households built (households are formed only when the population is built). */
    public void trim() {
        resize(count);
    }

    private void resize(int cap) {
        zone = Arrays.copyOf(zone, cap);
        savings = Arrays.copyOf(savings, cap);
        taxes = Arrays.copyOf(taxes, cap);
        benefit = Arrays.copyOf(benefit, cap);
        ownerIncome = Arrays.copyOf(ownerIncome, cap);
        equivalisedIncome = Arrays.copyOf(equivalisedIncome, cap);
    }

    /** Rebuilds the member index with a counting sort, so members are listed in person-id order. */
    public void rebuildMembers(Persons persons, ParallelChunks parallel) {
        members.rebuild(persons.count(), count, p -> persons.status[p] != Status.DEAD ? persons.household[p] : -1, parallel);
        indexed = count;
    }

    /** Persons alive in the household (its members in the index; 0 before the first {@link #rebuildMembers}). */
    public int size(int h) {
        if (h >= indexed) {
            if (h >= count) {
                throw new IndexOutOfBoundsException("household " + h + " of " + count);
            }
            return 0;
        }
        return members.end(h) - members.start(h);
    }

    /** Every household's {@link #size}. */
    public int[] sizes() {
        int[] out = new int[count];
        for (int h = 0; h < count; h++) {
            out[h] = size(h);
        }
        return out;
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
