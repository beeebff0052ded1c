package uk.lpip.runs.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.output.CsvRows;

/**
 * A finished sweep's sensitivity tables read back (for its charts and report): each is empty when
 * the sweep did not write it.
 */
public final class SensitivityResults {
    /** One input's Sobol indices for one arm and output. */
    public record Sobol(String arm, String output, String input, double first, double firstLow, double firstHigh,
                        double total, double totalLow, double totalHigh, int basePoints) { }

    /** One input's Morris measures for one arm and output. */
    public record Morris(String arm, String output, String input, double mu, double muStar, double sigma) { }

    /** One limit of a discovery box. */
    public record Limit(String input, double low, double high, double min, double max) { }

    /** The chosen box of one arm's discovery; {@code limits} is empty when no input range explains the cases. */
    public record Box(String arm, String condition, List<Limit> limits, double coverage, double density, int cases,
                      int points) { }

    private SensitivityResults() {
    }

    /** The Sobol indices: one row per arm, output and input, in the table's order. */
    public static List<Sobol> sobol(Path root) throws IOException {
        Path file = root.resolve("sensitivity.csv");
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, Integer> base = new LinkedHashMap<>();
        for (String[] r : CsvRows.read(file).rows()) {
            if (r[3].equals("noise")) {
                continue;
            }
            String key = r[0] + "\u0000" + r[1] + "\u0000" + r[2];
            double[] v = values.computeIfAbsent(key, k -> new double[6]);
            int at = r[3].equals("first") ? 0 : 3;
            v[at] = Double.parseDouble(r[4]);
            v[at + 1] = Double.parseDouble(r[5]);
            v[at + 2] = Double.parseDouble(r[6]);
            base.put(key, Integer.parseInt(r[7]));
        }
        List<Sobol> out = new ArrayList<>();
        values.forEach((key, v) -> {
            String[] k = key.split("\u0000");
            out.add(new Sobol(k[0], k[1], k[2], v[0], v[1], v[2], v[3], v[4], v[5], base.get(key)));
        });
        return out;
    }

    /** The share of each arm and output's variance that is replicate noise ("arm/output" → share), where known. */
    public static Map<String, Double> noise(Path root) throws IOException {
        Path file = root.resolve("sensitivity.csv");
        Map<String, Double> out = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String[] r : CsvRows.read(file).rows()) {
                if (r[3].equals("noise")) {
                    out.put(r[0] + "/" + r[1], Double.parseDouble(r[4]));
                }
            }
        }
        return out;
    }

    public static List<Morris> morris(Path root) throws IOException {
        Path file = root.resolve("morris.csv");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Morris> out = new ArrayList<>();
        for (String[] r : CsvRows.read(file).rows()) {
            out.add(new Morris(r[0], r[1], r[2], Double.parseDouble(r[3]), Double.parseDouble(r[4]), Double.parseDouble(r[5])));
        }
        return out;
    }

    /** The chosen boxes, one per arm with cases (arms whose trajectory is in discovery.csv). */
    public static List<Box> boxes(Path root) throws IOException {
        Path trajectory = root.resolve("discovery.csv");
        if (!Files.exists(trajectory)) {
            return List.of();
        }
        Map<String, Box> out = new LinkedHashMap<>();
        for (String[] r : CsvRows.read(trajectory).rows()) {
            if (r[2].equals("box")) {
                out.put(r[0], new Box(r[0], r[1], new ArrayList<>(), Double.parseDouble(r[4]), Double.parseDouble(r[5]),
                        Integer.parseInt(r[8]), Integer.parseInt(r[7])));
            }
        }
        for (String[] r : CsvRows.read(root.resolve("discovery_box.csv")).rows()) {
            out.get(r[0]).limits().add(new Limit(r[2], Double.parseDouble(r[3]), Double.parseDouble(r[4]),
                    Double.parseDouble(r[5]), Double.parseDouble(r[6])));
        }
        return new ArrayList<>(out.values());
    }

    /** An output's name in words. */
    public static String words(String output) {
        return switch (output) {
            case "bcr" -> "the benefit–cost ratio to UK society";
            case "net_jobs" -> "net jobs at the horizon";
            case "participants_effect" -> "the participants' effect (pp in work)";
            default -> output.replace('_', ' ');
        };
    }
}
