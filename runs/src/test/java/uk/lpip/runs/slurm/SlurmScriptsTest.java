package uk.lpip.runs.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch scripts and the defaults derived from a local trial run. */
class SlurmScriptsTest {
    private static final List<String> LPIP = List.of("/opt/java/bin/java", "-jar", "/home/me/lpip.jar");

    @Test
    void theArrayRunsOneShardPerTaskWithResumeIntoTheSharedDirectory() {
        SlurmScripts.Settings s = new SlurmScripts.Settings("02:00:00", 4096, 2, "short", List.of("module load Java/17"));
        String script = SlurmScripts.array("wales", s, LPIP, Path.of("/home/me/wales.yaml"), Path.of("/scratch/results"), 8,
                List.of(2, 3, 4, 7), Path.of("/scratch/results/wales/slurm/logs"));
        assertTrue(script.startsWith("#!/bin/bash\n"), script);
        for (String line : List.of("#SBATCH --job-name=lpip-wales", "#SBATCH --array=2-4,7", "#SBATCH --time=02:00:00",
                "#SBATCH --mem=4096M", "#SBATCH --cpus-per-task=2", "#SBATCH --partition=short",
                "#SBATCH --output=/scratch/results/wales/slurm/logs/%A_%a.out", "module load Java/17",
                "exec /opt/java/bin/java -Xmx3072m -jar /home/me/lpip.jar sweep /home/me/wales.yaml --out /scratch/results "
                        + "--shard \"${SLURM_ARRAY_TASK_ID}/8\" --resume --jobs 2 --no-report")) {
            assertTrue(script.contains(line + "\n"), line + " in\n" + script);
        }
        assertTrue(script.indexOf("#SBATCH --array") < script.indexOf("set -euo pipefail"), "directives before any command");
    }

    @Test
    void theMergeJobMergesTheSweepDirectory() {
        SlurmScripts.Settings s = new SlurmScripts.Settings("00:30:00", 512, 1, null, List.of());
        String script = SlurmScripts.merge("wales", s, LPIP, Path.of("/scratch/my results/wales"), Path.of("/logs"));
        assertTrue(script.contains("#SBATCH --job-name=lpip-wales-merge\n"), script);
        assertTrue(script.contains("#SBATCH --mem=1024M\n"), "at least 1 GB for the tables: " + script);
        assertTrue(script.contains(" merge '/scratch/my results/wales'\n"), "paths with spaces quoted: " + script);
        assertTrue(!script.contains("--partition"), "the cluster's default partition");
    }

    @Test
    void taskListsAreWrittenInSlurmsRangeSyntax() {
        assertEquals("1", SlurmScripts.ranges(List.of(1)));
        assertEquals("1-4", SlurmScripts.ranges(List.of(1, 2, 3, 4)));
        assertEquals("1,3,5-6,9", SlurmScripts.ranges(List.of(1, 3, 5, 6, 9)));
    }

    @Test
    void defaultsComeFromTheTrialRun() throws Exception {
        SlurmSweep.Estimate e = new SlurmSweep.Estimate(60, 300L << 20);
        assertEquals(10, SlurmSweep.defaultArraySize(300, 150, e, 1), "300 minutes of runs in half-hour tasks");
        assertEquals(3, SlurmSweep.defaultArraySize(3000, 3, e, 1), "never more tasks than pairs");
        assertEquals(1, SlurmSweep.defaultArraySize(4, 2, e, 1));
        assertEquals("00:45:00", SlurmSweep.wallTime(20, 1, e), "20 runs × 60 s × 2 + 120 s = 42 min, in 5-minute steps");
        assertEquals("00:10:00", SlurmSweep.wallTime(1, 1, new SlurmSweep.Estimate(1, 1)), "at least 10 minutes");
        assertEquals("1-00:05:00", SlurmSweep.wallTime(720, 1, e), "days in Slurm's D-HH:MM:SS");
        assertEquals(1792, SlurmSweep.memory(2, e), "2 runs × 2 × 300 MB + 512 MB = 1,712 MB, up to 256 MB steps");
        assertEquals(1024, SlurmSweep.memory(1, new SlurmSweep.Estimate(1, 10L << 20)), "at least 1 GB");
        assertEquals(4096, SlurmSweep.parseMemory("4G"));
        assertEquals(1500, SlurmSweep.parseMemory("1500M"));
        assertEquals(2048, SlurmSweep.parseMemory("2048"));
        assertThrows(SlurmSweep.SlurmException.class, () -> SlurmSweep.parseMemory("lots"));
        assertThrows(SlurmSweep.SlurmException.class, () -> SlurmSweep.parseMemory("100M"));
    }
}
