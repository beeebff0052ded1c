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
 * @param who                   age band, time without work, benefit receipt, reasons, re-entry (shared keys)
 * @param selection             random, longest_unemployed_first or outreach_led
 * @param weeklyHours           training hours a week; search effort while training falls with them (lock-in)
 * @param lockInStrength        share of search effort lost at full time (37.5 hours)
 * @param completionProbability share of starters who complete; the rest drop out part-way
 * @param skillGain             skill levels gained on completion
 * @param returnMultiplier      factor on an inactive completer's hazard of returning to search, for {@code returnSupportMonths}
 * @param returnSupportMonths   months after completing that the factor lasts
 * @param costPerPlace          cost per participant, £ (paid monthly over the course to the provider)
 */
@Levers(title = "skills programme",
        description = "intakes of training places: eligibility, selection, lock-in, completion, skill gain, cost")
public record SkillsProgrammeSpec(
        CommonSpec common,
        @Lever(key = "intake", oneOf = {"monthly", "termly", "yearly"}, doc = "how often places open (termly: every 4 months)",
                example = "termly", fallback = "termly") String intake,
        @Lever(key = "places_per_intake", min = 1, max = 1_000_000, doc = "places per intake at scale 1.0 (scaled with the run)",
                unit = "places", example = "170") int placesPerIntake,
        @Lever(key = "eligible", oneOf = {"unemployed", "discouraged", "other_inactive", "low_skilled_employed"}, minItems = 1,
                doc = "who may join", example = "[unemployed, discouraged]", fallback = "[unemployed]") List<String> eligible,
        @Lever(key = "skill_ceiling", oneOf = {"none", "low", "medium", "high"}, doc = "highest current skill admitted",
                example = "low", fallback = "low") String skillCeiling,
        WhoSpec who,
        @Lever(key = "selection", oneOf = {"random", "longest_unemployed_first", "outreach_led"},
                doc = "how places are filled (longest_unemployed_first: those without work, longest without work first, then any employed admitted)",
                example = "outreach_led", fallback = "random") String selection,
        @Lever(key = "duration_months", min = 1, max = 48, doc = "course length", unit = "months", example = "6",
                fallback = "6") int durationMonths,
        @Lever(key = "weekly_hours", min = 1, max = 40, doc = "training hours a week", unit = "hours", example = "25",
                fallback = "25") double weeklyHours,
        @Lever(key = "lock_in_strength", min = 0, max = 1, doc = "share of search effort lost while training full time (37.5 h)",
                unit = "share", example = "0.8", fallback = "0.8") double lockInStrength,
        @Lever(key = "completion_probability", min = 0, max = 1, doc = "share of starters who complete", unit = "share",
                example = "0.6", fallback = "0.6") double completionProbability,
        @Lever(key = "skill_gain", min = 1, max = 3, doc = "skill levels gained on completion", unit = "levels", example = "1",
                fallback = "1") int skillGain,
        @Lever(key = "return_multiplier", min = 1, max = 20,
                doc = "factor on an inactive completer's monthly hazard of returning to search; they keep their reason (ASSUMPTION)",
                unit = "factor", example = "1.5", fallback = "1") double returnMultiplier,
        @Lever(key = "return_support_months", min = 1, max = 60, doc = "months after completing that the factor lasts",
                unit = "months", example = "12", fallback = "12") int returnSupportMonths,
        @Lever(key = "cost_per_place", min = 0, max = 1_000_000, doc = "cost per participant, paid monthly over the course",
                unit = "£", example = "2400") double costPerPlace) implements InterventionSpec {
    public SkillsProgrammeSpec {
        eligible = List.copyOf(eligible);
    }
}
