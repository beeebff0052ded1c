package uk.lpip.runs.slurm;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.sweep.Sweep;
import uk.lpip.runs.sweep.SweepDirectory;
import uk.lpip.runs.sweep.SweepRun;
import uk.lpip.scenarios.experiment.ExperimentLoader;

/**
 * {@code lpip sweep --slurm}: a sweep as a Slurm job array plus a dependent merge job. Slurm does the
 * scheduling; lpip only writes the scripts and submits them with {@code sbatch}. The sweep directory
 * is shared: each task commits whole runs atomically, so a cancelled, failed or pre-empted task loses
 * only the runs it had not finished, and submitting the same command again submits only the shards
 * that still have missing runs. Each run is computed into its own temporary directory and renamed
 * into place once, so it is kept exactly once however often it is attempted.
 */
public final class SlurmSweep {
    /** The options of {@code lpip sweep --slurm}; null where not given. */
    public record Options(Integer arraySize, String partition, String time, String memory, Integer cpusPerTask,
                          List<String> prelude, boolean dryRun) { }

    /** What a local trial of one run measured. */
    record Estimate(double seconds, long peakHeapBytes) { }

    /** Thrown for problems the user must fix (exit 2), with the message to print. */
    public static final class SlurmException extends Exception {
        public SlurmException(String message) {
            super(message);
        }
    }

    private static final int MAX_ARRAY = 1000;
    private static final double TASK_TARGET_SECONDS = 1800;

    private final ExperimentLoader.Loaded loaded;
    private final Path experiment;
    private final SweepDirectory dir;
    private final String version;
    private final String git;

    public SlurmSweep(ExperimentLoader.Loaded loaded, Path experiment, Path out, String version, String git) {
        this.loaded = loaded;
        this.experiment = experiment.toAbsolutePath().normalize();
        this.dir = new SweepDirectory(out.toAbsolutePath().normalize().resolve(loaded.experiment().name()));
        this.version = version;
        this.git = git;
    }

    /** Plans, writes and (unless a dry run) submits; returns the exit code. */
    public int submit(Options o, PrintWriter out, PrintWriter err) throws IOException, InterruptedException, SlurmException {
        String name = loaded.experiment().name();
        List<SweepRun> plan = SweepRun.plan(loaded);
        int pairs = plan.size() / loaded.armNames().size();
        if (!o.dryRun()) {
            List<String> active = activeJobs(name);
            if (!active.isEmpty()) {
                err.printf("lpip sweep: jobs of sweep %s are still queued or running (%s); wait for them or scancel them, "
                        + "then submit again%n", name, String.join(", ", active));
                return 1;
            }
        }
        if (dir.exists() && Files.isRegularFile(dir.root().resolve("sweep.json"))
                && plan.stream().allMatch(r -> dir.isDone(r.id()))) {
            out.printf("Sweep %s is complete in %s: nothing to submit. See %s%n", name, dir.root(), dir.root().resolve("report.html"));
            return 0;
        }
        int cpus = o.cpusPerTask() != null ? o.cpusPerTask() : 1;
        Integer recorded = recordedArraySize();
        Estimate estimate = null;
        if (o.time() == null || o.memory() == null || (o.arraySize() == null && recorded == null)) {
            err.printf("lpip sweep: estimating time and memory: running run %s here once ...%n", plan.get(0).id());
            err.flush();
            estimate = estimate(plan.get(0));
            err.printf(Locale.ROOT, "lpip sweep: one run took %.1f s with a peak heap of %d MB%n", estimate.seconds(),
                    estimate.peakHeapBytes() >> 20);
        }
        int shards = o.arraySize() != null ? o.arraySize() : recorded != null ? recorded
                : defaultArraySize(plan.size(), pairs, estimate, cpus);
        if (shards < 1 || shards > Math.max(1, pairs)) {
            throw new SlurmException("--array-size must be from 1 to " + pairs + " (the sweep's point × replicate pairs; a "
                    + "shard is a set of whole pairs), was " + shards);
        }
        List<Integer> tasks = new ArrayList<>();
        for (int i = 1; i <= shards; i++) {
            if (SweepRun.shard(plan, i, shards).stream().anyMatch(r -> !dir.isDone(r.id()))) {
                tasks.add(i);
            }
        }
        int runsPerTask = (int) Math.ceil((double) pairs / shards) * loaded.armNames().size();
        String time = o.time() != null ? o.time() : wallTime(runsPerTask, cpus, estimate);
        int memoryMb = o.memory() != null ? parseMemory(o.memory()) : memory(cpus, estimate);
        SlurmScripts.Settings settings = new SlurmScripts.Settings(time, memoryMb, cpus, o.partition(), o.prelude());
        Path slurm = dir.root().resolve("slurm");
        Path logs = slurm.resolve("logs");
        List<String> lpip = Launch.current(!o.prelude().isEmpty());
        String arrayScript = tasks.isEmpty() ? null : SlurmScripts.array(name, settings, lpip, experiment,
                dir.root().getParent(), shards, tasks, logs);
        String mergeScript = SlurmScripts.merge(name, settings, lpip, dir.root(), logs);
        out.printf(Locale.ROOT, "Sweep %s: %d runs in %d shard%s; %s%n", name, plan.size(), shards, shards == 1 ? "" : "s",
                tasks.isEmpty()
                ? "every run is done, only the merge is left" : "submitting shard" + (tasks.size() == 1 ? " " : "s ")
                + SlurmScripts.ranges(tasks) + " (" + time + ", " + memoryMb + " MB, " + cpus + " CPU" + (cpus == 1 ? "" : "s")
                + " each)");
        if (o.dryRun()) {
            if (arrayScript != null) {
                out.printf("%n# --- %s (sbatch) ---%n%s", slurm.resolve("array.sbatch"), arrayScript);
            }
            out.printf("%n# --- %s (sbatch --dependency=afterok:<array job> --kill-on-invalid-dep=yes) ---%n%s",
                    slurm.resolve("merge.sbatch"), mergeScript);
            out.printf("%nDry run: nothing written or submitted.%n");
            return 0;
        }
        dir.open(loaded.text());
        Files.createDirectories(logs);
        AtomicFiles.write(slurm.resolve("array-size"), w -> w.write(shards + "\n"));
        AtomicFiles.write(slurm.resolve("merge.sbatch"), w -> w.write(mergeScript));
        String arrayJob = null;
        if (arrayScript != null) {
            AtomicFiles.write(slurm.resolve("array.sbatch"), w -> w.write(arrayScript));
            arrayJob = sbatch(List.of(slurm.resolve("array.sbatch").toString()));
        }
        List<String> mergeArgs = new ArrayList<>();
        if (arrayJob != null) {
            mergeArgs.add("--dependency=afterok:" + arrayJob);
            mergeArgs.add("--kill-on-invalid-dep=yes");
        }
        mergeArgs.add(slurm.resolve("merge.sbatch").toString());
        String mergeJob = sbatch(mergeArgs);
        Path jobs = slurm.resolve("jobs.csv");
        String line = Instant.now() + "," + (arrayJob == null ? "" : arrayJob) + "," + SlurmScripts.ranges(tasks) + "," + shards
                + "," + mergeJob + "\n";
        String previous = Files.exists(jobs) ? Files.readString(jobs, StandardCharsets.UTF_8)
                : "submitted,array_job,tasks,shards,merge_job\n";
        AtomicFiles.write(jobs, w -> w.write(previous + line));
        if (arrayJob != null) {
            out.printf("Submitted array job %s (tasks %s of %d) and merge job %s (runs when every task has succeeded).%n",
                    arrayJob, SlurmScripts.ranges(tasks), shards, mergeJob);
        } else {
            out.printf("Submitted merge job %s.%n", mergeJob);
        }
        out.printf("Follow: squeue -j %s · lpip status %s --shards %d · logs in %s%n",
                arrayJob == null ? mergeJob : arrayJob + "," + mergeJob, dir.root(), shards, logs);
        out.printf("If tasks fail or are pre-empted, fix the cause and run the same command again: only shards with "
                + "missing runs are resubmitted.%n");
        return 0;
    }

    private Integer recordedArraySize() throws IOException {
        Path f = dir.root().resolve("slurm").resolve("array-size");
        return Files.isRegularFile(f) ? Integer.valueOf(Files.readString(f, StandardCharsets.UTF_8).trim()) : null;
    }

    /** Runs one run of the plan in a scratch directory, timing it and watching the heap's peak. */
    private Estimate estimate(SweepRun run) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("lpip-estimate");
        try {
            SweepDirectory tmp = new SweepDirectory(scratch.resolve(loaded.experiment().name()));
            tmp.open(loaded.text());
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            new Sweep(loaded, tmp, version, git).execute(List.of(run), 1, (r, ok, done, failed, total) -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Estimate(seconds, peak);
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
    }

    /** Tasks of about half an hour each, at most one per pair and at most 1,000. */
    static int defaultArraySize(int runs, int pairs, Estimate e, int cpus) {
        double total = runs * e.seconds() / cpus;
        return (int) Math.max(1, Math.min(Math.min(pairs, MAX_ARRAY), Math.ceil(total / TASK_TARGET_SECONDS)));
    }

    /** Twice the estimated work (slower nodes, a busy file system) plus start-up, at least 10 minutes, in 5-minute steps. */
    static String wallTime(int runsPerTask, int cpus, Estimate e) {
        double seconds = Math.ceil((double) runsPerTask / cpus) * e.seconds() * 2 + 120;
        long minutes = Math.max(10, (long) Math.ceil(seconds / 300.0) * 5);
        long d = minutes / (24 * 60);
        long h = minutes / 60 % 24;
        long m = minutes % 60;
        return d > 0 ? String.format(Locale.ROOT, "%d-%02d:%02d:00", d, h, m) : String.format(Locale.ROOT, "%02d:%02d:00", h, m);
    }

    /** Each of the task's concurrent runs twice its measured peak heap, plus the JVM's own, in 256 MB steps, at least 1 GB. */
    static int memory(int cpus, Estimate e) {
        long mb = cpus * 2 * (e.peakHeapBytes() >> 20) + 512;
        return (int) Math.max(1024, (mb + 255) / 256 * 256);
    }

    /** Slurm's memory syntax (a number with an optional K, M, G or T suffix; plain numbers are MB) as MB. */
    static int parseMemory(String text) throws SlurmException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([KMGT]?)B?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text.trim());
        if (!m.matches()) {
            throw new SlurmException("--mem expects a size such as 2G or 1500M, found '" + text + "'");
        }
        long v = Long.parseLong(m.group(1));
        long mb = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            case "T" -> v * 1024 * 1024;
            default -> v;
        };
        if (mb < 300) {
            throw new SlurmException("--mem " + text + " is too little for a JVM; give at least 300M");
        }
        return (int) Math.min(Integer.MAX_VALUE, mb);
    }

    private static List<String> activeJobs(String name) throws IOException, InterruptedException {
        Result r = run(List.of("squeue", "-h", "-o", "%i", "--name=lpip-" + name + ",lpip-" + name + "-merge"));
        if (r.code() != 0) {
            throw new IOException("squeue failed (" + r.code() + "): " + r.err().trim());
        }
        return r.out().lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Submits with {@code sbatch --parsable} and returns the job id. */
    private static String sbatch(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(args);
        Result r = run(cmd);
        if (r.code() != 0) {
            throw new IOException("sbatch failed (" + r.code() + "): " + r.err().trim());
        }
        String id = r.out().trim();
        int semicolon = id.indexOf(';');   // "id;cluster" on federated clusters
        return semicolon < 0 ? id : id.substring(0, semicolon);
    }

    private record Result(int code, String out, String err) { }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            throw new IOException(cmd.get(0) + " not found: Slurm's commands must be on the PATH (or use --dry-run to see "
                    + "the scripts)", e);
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(cmd.get(0) + " did not answer in 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
