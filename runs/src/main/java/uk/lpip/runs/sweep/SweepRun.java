package uk.lpip.runs.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.output.TableIds;
import uk.lpip.scenarios.experiment.ExperimentLoader;

/**
 * One run of a sweep: a design point, a replicate and an arm, with its seed and id. The plan's
 * order — points, then replicates, then arms — is fixed, so a shard {@code i/N} is the same set on
 * every machine.
 */
public record SweepRun(int index, String id, int point, int replicate, String arm, long seed) {

    /** Every run of a loaded experiment, in plan order. */
    public static List<SweepRun> plan(ExperimentLoader.Loaded loaded) {
        List<SweepRun> out = new ArrayList<>();
        int replicates = loaded.experiment().replicates();
        for (int p = 0; p < loaded.points().size(); p++) {
            for (int r = 0; r < replicates; r++) {
                long seed = SingleRun.replicateSeed(loaded.experiment().seed(), r);
                for (String arm : loaded.armNames()) {
                    out.add(new SweepRun(out.size(), id(p, r, arm), p, r, arm, seed));
                }
            }
        }
        return out;
    }

    /** The sweep's id in its tables ({@link TableIds#sweep}: its name and its experiment file's hash). */
    public static String sweepId(ExperimentLoader.Loaded loaded) {
        return TableIds.sweep(loaded.experiment().name(), loaded.text());
    }

    /** The ids in this run's rows: the sweep's id and the run's directory name, the sweep's id, the scale. */
    public TableIds ids(ExperimentLoader.Loaded loaded, double scale) {
        String sweep = sweepId(loaded);
        return new TableIds(sweep + "-" + id, sweep, scale);
    }

    public static String id(int point, int replicate, String arm) {
        return String.format(Locale.ROOT, "p%04d-r%03d-%s", point, replicate, arm);
    }

    /**
     * A shard's share of the plan, {@code shard} from 1 to {@code of}: whole pairs (a design point
     * and replicate's baseline with its arms, which are appraised together), pair k going to the
     * shard k mod {@code of}.
     */
    public static List<SweepRun> shard(List<SweepRun> plan, int shard, int of) {
        long arms = plan.stream().filter(r -> r.point() == 0 && r.replicate() == 0).count();
        return plan.stream().filter(r -> (r.index() / arms) % of == shard - 1).toList();
    }
}
