package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.scenarios.Scenario;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.viz.HexMap;

/**
 * The report's map: each council of the place on a hex map of local authorities, coloured by the
 * interventions' effect on its employment rate at the end of the recorded months, grey where the
 * 95% interval across replicates includes zero. Drawn only from {@code effects.csv} of a paired
 * run with two or more replicates: one replicate gives no interval, and a map must not colour noise.
 */
final class MapSection {
    static final String METRIC = "employment_rate";

    private MapSection() {
    }

    /** Writes the section, or nothing when the run has no effects with intervals. */
    static void write(Html h, Path effects, Scenario scenario) throws IOException {
        write(h, effects, scenario, null);
    }

    /** As {@link #write(Html, Path, Scenario)}, one map per arm of a run with several ({@code arms} null: one arm). */
    static void write(Html h, Path effects, Scenario scenario, List<String> arms) throws IOException {
        boolean first = true;
        for (String arm : arms == null ? java.util.Collections.<String>singletonList(null) : arms) {
            List<HexMap.Cell> cells = cells(effects, scenario, arm, -1);
            if (cells.isEmpty()) {
                continue;
            }
            if (first) {
                h.tag("h2", "Where the effect falls");
                h.tag("p", "Each council's change in the employment rate (ages 16–64) at the end, " + (arm == null ? "intervention"
                        : "package") + " less baseline, mean over replicates with its 95% interval; a council whose interval "
                        + "includes zero is grey.");
                first = false;
            }
            h.raw(HexMap.svg((arm == null ? "" : "'" + arm + "': ") + "Employment rate: effect at the end, by council", cells,
                    "%+.2f pp"));
        }
    }

    /**
     * Writes the sweep report's map: for each arm, its effect at the design point where its headline
     * effect is largest ({@code points}: arm → point), from the sweep's {@code effects.csv}; nothing
     * when the place has no council codes, employment_rate is not an output or there is one replicate.
     */
    static void writeSweep(Html h, Path effects, Scenario scenario, Map<String, Integer> points) throws IOException {
        if (scenario == null || scenario.region().councils().stream().anyMatch(c -> c.code() == null)) {
            return;
        }
        boolean first = true;
        for (Map.Entry<String, Integer> p : points.entrySet()) {
            List<HexMap.Cell> cells = cells(effects, scenario, p.getKey(), p.getValue());
            if (cells.isEmpty()) {
                continue;
            }
            if (first) {
                h.tag("h2", "Where the effect falls");
                h.tag("p", "For each arm at the design point where its headline effect is largest: each council's change in the "
                        + "employment rate (ages 16–64) at the end, arm less baseline, mean over the paired replicates with its 95% "
                        + "interval; a council whose interval includes zero is grey.");
                first = false;
            }
            h.raw(HexMap.svg("'" + p.getKey() + "' at point " + p.getValue() + ": employment-rate effect at the end, by council",
                    cells, "%+.2f pp"));
        }
    }

    static List<HexMap.Cell> cells(Path effects, Scenario scenario) throws IOException {
        return cells(effects, scenario, null, -1);
    }

    /**
     * The cells of one arm at one design point of a sweep's effects.csv, or of one arm of a run's
     * ({@code point} &lt; 0); {@code arm} null: a run's effects.csv with one intervention arm.
     */
    private static List<HexMap.Cell> cells(Path effects, Scenario scenario, String arm, int point) throws IOException {
        List<HexMap.Cell> out = new ArrayList<>();
        if (scenario == null || !Files.exists(effects)) {
            return out;
        }
        CsvRows table = CsvRows.read(effects);
        List<String> header = table.header();
        List<String[]> rows = table.rows();
        if (arm != null) {
            int a = header.indexOf("arm");
            int p = header.indexOf("point");
            if (a < 0 || (point >= 0 && p < 0)) {
                return out;
            }
            // point < 0: a run's effects.csv with an arm column (a comparison's place), no design points
            rows = rows.stream().filter(r -> r[a].equals(arm) && (point < 0 || Integer.parseInt(r[p]) == point)).toList();
        }
        int area = header.indexOf("area");
        int metric = header.indexOf("metric");
        int month = header.indexOf("month");
        int mean = header.indexOf("mean_difference");
        int low = header.indexOf("ci_low");
        int high = header.indexOf("ci_high");
        int replicates = header.indexOf("replicates");
        if (Math.min(Math.min(area, metric), Math.min(Math.min(month, mean), Math.min(Math.min(low, high), replicates))) < 0) {
            return out;
        }
        int last = -1;
        for (String[] r : rows) {
            if (r[metric].equals(METRIC)) {
                last = Math.max(last, Integer.parseInt(r[month]));
            }
        }
        for (PlaceConfig.CouncilConfig c : scenario.region().councils()) {
            for (String[] r : rows) {
                if (r[metric].equals(METRIC) && Integer.parseInt(r[month]) == last && r[area].equals("council:" + c.id())) {
                    if (Integer.parseInt(r[replicates]) < 2) {
                        return new ArrayList<>();
                    }
                    out.add(new HexMap.Cell(c.code(), c.name(), 100 * Double.parseDouble(r[mean]),
                            100 * Double.parseDouble(r[low]), 100 * Double.parseDouble(r[high])));
                }
            }
        }
        return out;
    }
}
