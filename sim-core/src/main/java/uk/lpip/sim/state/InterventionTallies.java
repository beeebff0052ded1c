package uk.lpip.sim.state;

/**
 * What the month's interventions did, as the metrics record it. The interventions step keeps
 * these tallies; the metrics read them through this interface, so neither knows the other.
 */
public interface InterventionTallies {
    /** Spending by all interventions this month, £ at the run's scale. */
    double spentThisMonth();

    /** People taking part in any intervention now. */
    int participants();

    int startsThisMonth();

    int completionsThisMonth();

    int contactsThisMonth();

    /** No interventions: every tally is zero. */
    InterventionTallies NONE = new InterventionTallies() {
        @Override
        public double spentThisMonth() {
            return 0;
        }

        @Override
        public int participants() {
            return 0;
        }

        @Override
        public int startsThisMonth() {
            return 0;
        }

        @Override
        public int completionsThisMonth() {
            return 0;
        }

        @Override
        public int contactsThisMonth() {
            return 0;
        }
    };
}
