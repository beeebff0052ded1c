package uk.lpip.scenarios.experiment;

import java.util.List;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * A comparison of places for the LPIP Hub: one intervention package, scaled to each place, run
 * against each place's baseline with replicates. See docs/experiments.md.
 *
 * @param interventions            the package: interventions as in a scenario
 * @param places                   bundled scenarios (or paths) of the places compared
 * @param placesPer1000WorkingAge  every skills programme's places per intake, per 1,000 working-age
 *                                 residents of the place (null: as written in the package)
 * @param budgetPerWorkingAgeResident every intervention's budget, £ per working-age resident (null: as written)
 */
public record Comparison(String name, String description, List<String> places, List<String> set, long seed,
                         int replicates, Double placesPer1000WorkingAge, Double budgetPerWorkingAgeResident,
                         List<InterventionSpec> interventions) {
    public Comparison {
        places = List.copyOf(places);
        set = List.copyOf(set);
        interventions = List.copyOf(interventions);
    }

    /** The four funded LPIP regions, compared by default. */
    public static final List<String> LPIP_REGIONS = List.of("rural-wales", "forth-valley", "northern-ireland", "yorkshire-humber");
}
