package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * lpip bench builds a population of the size asked for and reports what it measured. Speed is not
 * asserted here (that is the benchmark's job, on a named machine): only that the report is whole.
 */
class BenchCommandTest {
    @Test
    void buildsTheSizeAskedForAndReportsEveryMeasure() {
        CliRun r = CliRun.of("bench", "--persons", "20000", "--months", "2", "--warmup", "1", "--threads", "2",
                "--scenario", "rural-wales");
        assertEquals(0, r.exitCode(), r.err());
        Matcher csv = Pattern.compile("csv: (\\d+),(\\d+),(\\d+),([0-9.]+),([0-9.]+),([0-9.]+),(\\d+),([0-9.]+)").matcher(r.out());
        assertTrue(csv.find(), r.out());
        long persons = Long.parseLong(csv.group(1));
        assertTrue(Math.abs(persons - 20_000) < 400, "about the persons asked for: " + persons);
        assertEquals("2", csv.group(2), "threads");
        assertEquals("2", csv.group(3), "months timed");
        double perMonth = Double.parseDouble(csv.group(4));
        double rate = Double.parseDouble(csv.group(5));
        assertEquals(persons / perMonth, rate, rate * 1e-3, "person-months per second = persons / seconds per month (as printed)");
        assertTrue(Double.parseDouble(csv.group(6)) > 0 && Long.parseLong(csv.group(7)) > 0, "memory measured");
        assertTrue(r.out().contains("machine: ") && r.out().contains("jvm: "), "the machine and JVM are named");
        assertTrue(r.out().contains("labour market") && r.out().contains("metrics"), "time by phase");
        double serial = Double.parseDouble(csv.group(8));
        assertTrue(serial > 0 && serial < 1, "part of the month runs on one thread, part spread over threads: " + serial);
        assertTrue(r.out().contains("single-threaded: ") && r.out().contains("by phase, the share of its own time: demography "),
                r.out());
    }

    @Test
    void aPopulationBeyondAHundredAgentsPerResidentIsRefused() {
        CliRun r = CliRun.of("bench", "--persons", "900000000", "--scenario", "rural-wales");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("agents per resident"), r.err());
    }
}
