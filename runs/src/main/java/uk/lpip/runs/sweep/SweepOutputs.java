package uk.lpip.runs.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.Effects;
import uk.lpip.runs.output.CsvRows;

/**
 * The model outputs a sensitivity analysis or scenario discovery reads, per arm and design point,
 * from a finished sweep's tables — its only contact with the appraisal is the sweep's
 * {@code appraisal.csv} (point, arm, replicate, measure, value) and {@code additionality.csv}:
 *
 * <ul>
 *   <li>{@code bcr}: the benefit–cost ratio to UK society, the Green Book headline of the run's appraisal
 *   (docs/appraisal.md): at a design point, the mean of its replicates' present benefits to UK society
 *   ({@code pv_benefits_uk}) over the mean of their present costs ({@code pv_costs_appraisal_period}),
 *   with the delta-method variance as its noise — not the mean of the replicates' {@code bcr_uk}, which
 *   one replicate with a chance swing in benefits can throw anywhere;</li>
 *   <li>{@code net_jobs}: net additional jobs — the difference in employment from the baseline at
 *   the horizon, at full scale (measure {@code net_additional_jobs});</li>
 *   <li>{@code participants_effect}: the participants' own effect, the change in the share of the
 *   skills programmes' participants in work at the horizon in percentage points (gross minus
 *   deadweight over participants, all programmes together), where an arm has participants.</li>
 * </ul>
 * Each is a paired difference of an arm from the baseline of the same replicate; with R replicates
 * the output of a design point is the mean of its R paired values (for {@code bcr}, the ratio of the means).
 */
public final class SweepOutputs {
    /** Appraisal measures by output name: {@code bcr} divides the first by the second. */
    static final Map<String, List<String>> MEASURES = Map.of("bcr", List.of(SweepTables.BENEFITS_UK, SweepTables.COSTS),
            "net_jobs", List.of("net_additional_jobs"));

    private SweepOutputs() {
    }

    /** Output → arm → value at each design point (NaN where it is not known): the mean over replicates. */
    public static Map<String, Map<String, double[]>> read(Path root, List<String> arms, int points, int replicates)
            throws IOException {
        return summarise(values(root, arms, points, replicates), false);
    }

    /**
     * Output → arm → the variance of each design point's output from replicate noise (the sample
     * variance of its R paired values over R; for {@code bcr}, the delta-method variance of the ratio of
     * means); NaN with one replicate.
     */
    public static Map<String, Map<String, double[]>> noise(Path root, List<String> arms, int points, int replicates)
            throws IOException {
        return summarise(values(root, arms, points, replicates), true);
    }

    private static Map<String, Map<String, double[]>> summarise(Map<String, Map<String, double[][][]>> values, boolean noise) {
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        values.forEach((output, byArm) -> {
            Map<String, double[]> m = new LinkedHashMap<>();
            byArm.forEach((arm, v) -> {
                double[] y = new double[v.length];
                for (int p = 0; p < v.length; p++) {
                    y[p] = v[p].length == 2 ? ratio(v[p][0], v[p][1], noise) : meanOrNoise(v[p][0], noise);
                }
                m.put(arm, y);
            });
            out.put(output, m);
        });
        return out;
    }

    private static double ratio(double[] num, double[] den, boolean noise) {
        return noise ? Effects.ratioOfMeansVariance(num, den) : Effects.ratioOfMeans(num, den).mean();
    }

    private static double meanOrNoise(double[] v, boolean noise) {
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        int r = v.length;
        double ss = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        return noise ? (r > 1 ? ss / (r - 1) / r : Double.NaN) : mean;
    }

    /**
     * Output → arm → [point][measure][replicate] paired value: one measure for a mean, two (numerator and
     * denominator) for a ratio of means.
     */
    private static Map<String, Map<String, double[][][]>> values(Path root, List<String> arms, int points, int replicates)
            throws IOException {
        Map<String, Map<String, double[][][]>> out = new LinkedHashMap<>();
        CsvRows appraisal = CsvRows.read(root.resolve("appraisal.csv"));
        int cPoint = appraisal.column("point");
        int cArm = appraisal.column("arm");
        int cRep = appraisal.column("replicate");
        int cMeasure = appraisal.column("measure");
        int cValue = appraisal.column("value");
        for (String output : List.of("bcr", "net_jobs")) {
            List<String> measures = MEASURES.get(output);
            Map<String, double[][][]> byArm = new LinkedHashMap<>();
            for (String arm : arms) {
                byArm.put(arm, new double[points][measures.size()][replicates]);
            }
            for (String[] r : appraisal.rows()) {
                int m = measures.indexOf(r[cMeasure]);
                if (m >= 0 && byArm.containsKey(r[cArm])) {
                    byArm.get(r[cArm])[Integer.parseInt(r[cPoint])][m][Integer.parseInt(r[cRep])] = Double.parseDouble(r[cValue]);
                }
            }
            out.put(output, byArm);
        }
        Map<String, double[][][]> participants = new LinkedHashMap<>();
        participants(root, arms, points, replicates).forEach((arm, v) -> {
            double[][][] one = new double[v.length][][];
            for (int p = 0; p < v.length; p++) {
                one[p] = new double[][] {v[p]};
            }
            participants.put(arm, one);
        });
        out.put("participants_effect", participants);
        return out;
    }

    private static Map<String, double[][]> participants(Path root, List<String> arms, int points, int replicates)
            throws IOException {
        CsvRows add = CsvRows.read(root.resolve("additionality.csv"));
        Map<String, double[][]> sums = new LinkedHashMap<>();   // arm → [point × replicate] of [participants, gain]
        for (String arm : arms) {
            sums.put(arm, new double[points * replicates][2]);
        }
        if (!add.rows().isEmpty()) {
            int cPoint = add.column("point");
            int cArm = add.column("arm");
            int cRep = add.column("replicate");
            int cPart = add.column("participants");
            int cGross = add.column("gross");
            int cDead = add.column("deadweight");
            for (String[] r : add.rows()) {
                double[][] s = sums.get(r[cArm]);
                if (s == null) {
                    continue;
                }
                double[] cell = s[Integer.parseInt(r[cPoint]) * replicates + Integer.parseInt(r[cRep])];
                cell[0] += Double.parseDouble(r[cPart]);
                cell[1] += Double.parseDouble(r[cGross]) - Double.parseDouble(r[cDead]);
            }
        }
        Map<String, double[][]> out = empty(arms, points, replicates);
        sums.forEach((arm, s) -> {
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < replicates; r++) {
                    double[] cell = s[p * replicates + r];
                    out.get(arm)[p][r] = cell[0] > 0 ? 100 * cell[1] / cell[0] : Double.NaN;
                }
            }
        });
        return out;
    }

    private static Map<String, double[][]> empty(List<String> arms, int points, int replicates) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (String arm : arms) {
            out.put(arm, new double[points][replicates]);
        }
        return out;
    }

    /** Whether an output varies over the design (two or more distinct numbers): otherwise it has no indices. */
    static boolean varies(double[] y) {
        double[] v = Arrays.stream(y).filter(Double::isFinite).distinct().toArray();
        return v.length >= 2;
    }
}
