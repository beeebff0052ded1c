package uk.lpip.sim.config;

/**
 * One council's multipliers on the region's monthly inactivity hazards, for the people who live in
 * its zones: how much more (or less) often they enter each reason for inactivity from work or search,
 * and leave inactivity; and on its unemployed residents' match chance. 1 everywhere means "as the
 * region". Calibration fits them to the council's published inactivity and employment rates
 * (docs/calibration.md).
 *
 * @param council         the council's id
 * @param caring          multiplier on the hazards into caring (looking after family or home)
 * @param longTermSick    multiplier on the hazards into long-term sickness
 * @param retired         multiplier on the hazards into early retirement
 * @param discouraged     multiplier on the hazard that a searcher gives up (discouragement)
 * @param inactivityExit  multiplier on the hazards of returning to search from caring, long-term
 *                        sickness, early retirement and discouragement
 * @param matchChance     multiplier on the match chance of its unemployed residents' applications
 *                        ({@code labour.match_chance}; the product is at most 1): how much more or less
 *                        often an employer would hire them than the region's unemployed with the same jobs
 *                        in reach. Calibration fits it to the council's published employment rate once its
 *                        inactivity is fitted (docs/calibration.md)
 */
public record CouncilHazardsConfig(String council, double caring, double longTermSick, double retired,
                                   double discouraged, double inactivityExit, double matchChance) {
    /** The lowest and highest multiplier a scenario may give. */
    public static final double MIN = 0.05;
    public static final double MAX = 20;

    /** No difference from the region. */
    public static CouncilHazardsConfig neutral(String council) {
        return builder().council(council).caring(1).longTermSick(1).retired(1).discouraged(1).inactivityExit(1).matchChance(1)
                .build();
    }

    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .council(council)
                .caring(caring)
                .longTermSick(longTermSick)
                .retired(retired)
                .discouraged(discouraged)
                .inactivityExit(inactivityExit)
                .matchChance(matchChance);
    }

    /** Named construction of {@link CouncilHazardsConfig}. */
    public static final class Builder {
        private String council;
        private Double caring;
        private Double longTermSick;
        private Double retired;
        private Double discouraged;
        private Double inactivityExit;
        private Double matchChance;

        private Builder() {
        }

        public Builder council(String value) { council = value; return this; }
        public Builder caring(double value) { caring = value; return this; }
        public Builder longTermSick(double value) { longTermSick = value; return this; }
        public Builder retired(double value) { retired = value; return this; }
        public Builder discouraged(double value) { discouraged = value; return this; }
        public Builder inactivityExit(double value) { inactivityExit = value; return this; }
        public Builder matchChance(double value) { matchChance = value; return this; }

        public CouncilHazardsConfig build() {
            return new CouncilHazardsConfig(
                    Builders.required(council, "CouncilHazardsConfig", "council"),
                    Builders.required(caring, "CouncilHazardsConfig", "caring"),
                    Builders.required(longTermSick, "CouncilHazardsConfig", "longTermSick"),
                    Builders.required(retired, "CouncilHazardsConfig", "retired"),
                    Builders.required(discouraged, "CouncilHazardsConfig", "discouraged"),
                    Builders.required(inactivityExit, "CouncilHazardsConfig", "inactivityExit"),
                    Builders.required(matchChance, "CouncilHazardsConfig", "matchChance"));
        }
    }
}
