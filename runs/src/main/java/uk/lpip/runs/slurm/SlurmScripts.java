package uk.lpip.runs.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two batch scripts of a sweep on Slurm: a job array whose task {@code i} runs shard
 * {@code i/N} of the sweep with {@code --resume} into the shared results directory, and a merge job
 * (submitted with {@code --dependency=afterok} on the array) that writes the tables, charts and
 * report once every task has succeeded.
 */
public final class SlurmScripts {
    /**
     * What each task asks of Slurm.
     *
     * @param time        wall-time limit, Slurm's format ({@code HH:MM:SS} or {@code D-HH:MM:SS})
     * @param memoryMb    memory per task, MB; the JVM's heap is given the memory less 25% (at least 256 MB less)
     * @param cpusPerTask CPUs per task: runs at once within the task, one thread each
     * @param partition   partition, or null for the cluster's default
     * @param prelude     shell lines run first in every job (e.g. {@code module load Java/17})
     */
    public record Settings(String time, int memoryMb, int cpusPerTask, String partition, List<String> prelude) {
        public Settings {
            prelude = List.copyOf(prelude);
        }

        int heapMb() {
            return Math.max(256, Math.min(memoryMb - 256, (int) (memoryMb * 0.75)));
        }
    }

    private SlurmScripts() {
    }

    /** The array script: one task per shard in {@code tasks} (numbers 1..shards). */
    public static String array(String name, Settings s, List<String> lpip, Path experiment, Path out, int shards,
                               List<Integer> tasks, Path logs) {
        List<String> lines = header("lpip-" + name, s, s.time(), s.memoryMb(), s.cpusPerTask(), logs.resolve("%A_%a.out"));
        lines.add(1, "# lpip sweep " + name + ": task i of the array runs shard i/" + shards
                + " of the sweep; runs already done are skipped (--resume).");
        lines.add(lines.size(), "#SBATCH --array=" + ranges(tasks));
        lines.add("");
        lines.addAll(prelude(s));
        lines.add("exec " + command(lpip, s.heapMb()) + " sweep " + quote(experiment.toString()) + " --out " + quote(out.toString())
                + " --shard \"${SLURM_ARRAY_TASK_ID}/" + shards + "\" --resume --jobs " + s.cpusPerTask() + " --no-report");
        return String.join("\n", lines) + "\n";
    }

    /** The merge script, to be submitted with {@code --dependency=afterok:<array job>}. */
    public static String merge(String name, Settings s, List<String> lpip, Path sweep, Path logs) {
        int memory = Math.max(1024, s.memoryMb());
        Settings m = new Settings("01:00:00", memory, 1, s.partition(), s.prelude());
        List<String> lines = header("lpip-" + name + "-merge", m, m.time(), memory, 1, logs.resolve("%j-merge.out"));
        lines.add(1, "# lpip sweep " + name + ": when every array task has succeeded, write the tables, charts and report.");
        lines.add("");
        lines.addAll(prelude(s));
        lines.add("exec " + command(lpip, m.heapMb()) + " merge " + quote(sweep.toString()));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> header(String job, Settings s, String time, int memoryMb, int cpus, Path log) {
        List<String> lines = new ArrayList<>(List.of("#!/bin/bash",
                "#SBATCH --job-name=" + job,
                "#SBATCH --time=" + time,
                "#SBATCH --mem=" + memoryMb + "M",
                "#SBATCH --cpus-per-task=" + cpus,
                "#SBATCH --ntasks=1",
                "#SBATCH --output=" + log));
        if (s.partition() != null) {
            lines.add("#SBATCH --partition=" + s.partition());
        }
        return lines;
    }

    private static List<String> prelude(Settings s) {
        List<String> lines = new ArrayList<>(List.of("set -euo pipefail"));
        lines.addAll(s.prelude());
        return lines;
    }

    private static String command(List<String> lpip, int heapMb) {
        List<String> parts = new ArrayList<>();
        parts.add(quote(lpip.get(0)));
        parts.add("-Xmx" + heapMb + "m");
        lpip.subList(1, lpip.size()).forEach(a -> parts.add(quote(a)));
        return String.join(" ", parts);
    }

    /** Task numbers as Slurm's array syntax: 1-4,7,9-10. */
    static String ranges(List<Integer> tasks) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < tasks.size()) {
            int j = i;
            while (j + 1 < tasks.size() && tasks.get(j + 1) == tasks.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? Integer.toString(tasks.get(i)) : tasks.get(i) + "-" + tasks.get(j));
            i = j + 1;
        }
        return String.join(",", parts);
    }

    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=@%+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
