package uk.lpip.sim.policy;

import java.util.List;

/**
 * A skills programme: intakes of places, who is eligible and how they are chosen, how long and
 * how intensive the training is, how many complete, what they gain and what it costs.
 *
 * @param intake                "monthly", "termly" (every 4 months) or "yearly"
 * @param placesPerIntake       places per intake at scale 1.0 (scaled with the run)
 * @param eligible              any of unemployed, discouraged, other_inactive, low_skilled_employed
 * @param skillCeiling          the highest current skill level admitted (none, low, medium, high)
 * @param selection             random, longest_unemployed_first or outreach_led
 * @param weeklyHours           training hours a week; search effort while training falls with them (lock-in)
 * @param lockInStrength        share of search effort lost at full time (37.5 hours)
 * @param completionProbability share of starters who complete; the rest drop out part-way
 * @param skillGain             skill levels gained on completion
 * @param costPerPlace          cost per participant, £ (paid monthly over the course to the provider)
 */
public record SkillsProgrammeSpec(CommonSpec common, String intake, int placesPerIntake, List<String> eligible,
                                  String skillCeiling, int minAge, int maxAge, String selection, int durationMonths,
                                  double weeklyHours, double lockInStrength, double completionProbability, int skillGain,
                                  double costPerPlace) implements InterventionSpec {
    public SkillsProgrammeSpec {
        eligible = List.copyOf(eligible);
        if (minAge > maxAge) {
            throw new IllegalArgumentException("min_age (" + minAge + ") is above max_age (" + maxAge + ")");
        }
    }

    @Override
    public String type() {
        return "skills_programme";
    }
}
