package uk.lpip.runs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.output.Manifest;
import uk.lpip.scenarios.Scenario;
import uk.lpip.sim.config.RunSettings;

/**
 * Whether a manifest describes the run its resolved {@code scenario.yaml} makes: every field the
 * manifest records about the run (scenario name, region, seed, months, burn-in, scale, arms, the
 * replicates' seeds) must be what the scenario gives, or a rerun would "reproduce" something else.
 */
final class RecordAgreement {
    private RecordAgreement() {
    }

    /** Each field that disagrees, as "field: the manifest says X, scenario.yaml gives Y"; empty if they agree. */
    static List<String> disagreements(Manifest m, Scenario scenario) throws Manifest.Invalid {
        RunSettings run = scenario.run();
        List<String> out = new ArrayList<>();
        agree(out, "scenario", m.text("scenario"), scenario.name());
        agree(out, "seed", m.whole("seed"), run.seed());
        agree(out, "months", m.whole("months"), (long) run.months());
        agree(out, "burn_in_months", m.whole("burn_in_months"), (long) run.burnInMonths());
        agree(out, "scale", m.number("scale"), run.scale());
        boolean paired = !scenario.interventions().isEmpty();
        if (m.has("sweep")) {
            String arm = m.text("arm");
            if (arm.equals("baseline") && paired) {
                out.add("arm: the manifest says 'baseline', but scenario.yaml has interventions");
            }
            m.count("replicate", 0);
            return out;
        }
        agree(out, "region", m.text("region"), scenario.model().place().regionName());
        agree(out, "arms", m.texts("arms"), paired ? List.of("baseline", "intervention") : List.of("baseline"));
        int replicates = m.has("replicates") ? m.count("replicates", 1) : 1;
        if (m.has("replicate_seeds")) {
            List<Long> seeds = new ArrayList<>();
            for (int r = 0; r < replicates; r++) {
                seeds.add(SingleRun.replicateSeed(run.seed(), r));
            }
            agree(out, "replicate_seeds", m.wholes("replicate_seeds"), seeds);
        }
        return out;
    }

    private static void agree(List<String> out, String field, Object manifest, Object scenario) {
        if (!Objects.equals(manifest, scenario)) {
            out.add(field + ": the manifest says " + manifest + ", scenario.yaml gives " + scenario);
        }
    }
}
