package uk.lpip.scenarios.experiment;

import java.util.List;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * A comparison of places for the LPIP Hub: one or more intervention packages, each scaled to each
 * place, run against each place's baseline with replicates — the intervention × place matrix.
 * See docs/experiments.md.
 *
 * @param packages                 the packages compared: interventions as in a scenario, named
 * @param places                   bundled scenarios (or paths) of the places compared
 * @param placesPer1000WorkingAge  every skills programme's places per intake, per 1,000 working-age
 *                                 residents of the place (null: as written in the package)
 * @param budgetPerWorkingAgeResident every intervention's budget, £ per working-age resident (null: as written)
 * @param precision                the precision the comparison asks for (null: exactly {@code replicates})
 */
public record Comparison(String name, String description, List<String> places, List<String> set, long seed,
                         int replicates, Double placesPer1000WorkingAge, Double budgetPerWorkingAgeResident,
                         List<Package> packages, Precision precision) {
    public Comparison {
        places = List.copyOf(places);
        set = List.copyOf(set);
        packages = List.copyOf(packages);
    }

    /** A named package of interventions; its name is its arm's name in every place. */
    public record Package(String name, List<InterventionSpec> interventions) {
        public Package {
            interventions = List.copyOf(interventions);
        }
    }

    /**
     * Replicates are added to each place, from the comparison's (at least 3), until every package's
     * change in the region's employment rate at the horizon has a 95% interval of at most
     * ±{@code employmentRatePp} percentage points, or {@code maxReplicates} have run.
     */
    public record Precision(double employmentRatePp, int maxReplicates) { }

    /** The name a comparison's single {@code package:} is given. */
    public static final String SINGLE = "package";

    /** The four funded LPIP regions, compared by default. */
    public static final List<String> LPIP_REGIONS = List.of("rural-wales", "forth-valley", "northern-ireland", "yorkshire-humber");
}
