package uk.lpip.sim.state;

import java.util.Arrays;

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

    private int[] memberStart = new int[1];
    private int[] members = new int[0];

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
    public void rebuildMembers(Persons persons) {
        int n = persons.count();
        if (memberStart.length < count + 1) {
            memberStart = new int[count + 1];
        }
        Arrays.fill(memberStart, 0, count + 1, 0);
        int alive = 0;
        for (int p = 0; p < n; p++) {
            if (persons.status[p] != Status.DEAD) {
                memberStart[persons.household[p] + 1]++;
                alive++;
            }
        }
        for (int h = 0; h < count; h++) {
            size[h] = memberStart[h + 1];
            memberStart[h + 1] += memberStart[h];
        }
        if (members.length < alive) {
            members = new int[alive + (alive >> 3)];
        }
        int[] cursor = Arrays.copyOf(memberStart, count);
        for (int p = 0; p < n; p++) {
            if (persons.status[p] != Status.DEAD) {
                members[cursor[persons.household[p]]++] = p;
            }
        }
    }

    public int firstMember(int h) {
        return memberStart[h];
    }

    public int endMember(int h) {
        return memberStart[h + 1];
    }

    public int member(int index) {
        return members[index];
    }
}
