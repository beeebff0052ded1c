package uk.lpip.runs.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.output.ChartFiles;
import uk.lpip.viz.ChartText;
import uk.lpip.viz.ForestPlot;
import uk.lpip.viz.IndicesChart;

/**
 * A sensitivity sweep's charts in {@code charts/}, drawn from its tables: for each arm and output,
 * the Sobol indices as a tornado ({@code sobol_<output>_<arm>.png}, inputs by total-order index,
 * each index with its bootstrap 95% interval) or the Morris μ* of each input
 * ({@code morris_<output>_<arm>.png}).
 */
public final class SensitivityCharts {
    private SensitivityCharts() {
    }

    public static List<Path> write(Path root, String name, String version) throws IOException {
        List<Path> written = new ArrayList<>();
        List<SensitivityResults.Sobol> sobol = SensitivityResults.sobol(root);
        List<SensitivityResults.Morris> morris = SensitivityResults.morris(root);
        if (sobol.isEmpty() && morris.isEmpty()) {
            return written;
        }
        Path charts = Files.createDirectories(root.resolve("charts"));
        String source = "Source: lpip " + version + " simulation · sweep " + name;
        for (Map.Entry<String, List<SensitivityResults.Sobol>> g : group(sobol, s -> s.output() + "/" + s.arm()).entrySet()) {
            List<SensitivityResults.Sobol> rows = new ArrayList<>(g.getValue());
            rows.sort(Comparator.comparingDouble((SensitivityResults.Sobol s) -> -s.total()));
            SensitivityResults.Sobol one = rows.get(0);
            List<IndicesChart.Row> chart = rows.stream().map(s -> new IndicesChart.Row(s.input(), s.first(), s.firstLow(),
                    s.firstHigh(), s.total(), s.totalLow(), s.totalHigh())).toList();
            ChartText text = new ChartText("What drives " + SensitivityResults.words(one.output()) + ": Sobol indices",
                    "Arm '" + one.arm() + "'; share of the output's variance over the design; bootstrap 95% intervals; "
                            + one.basePoints() + " base points", "Share of variance", "", source);
            Path out = charts.resolve("sobol_" + SweepCharts.slug(one.output()) + "_" + SweepCharts.slug(one.arm()) + ".png");
            ChartFiles.write(out, IndicesChart.of(text, chart), 800, 120 + 70 * rows.size() + 160);
            written.add(out);
        }
        for (Map.Entry<String, List<SensitivityResults.Morris>> g : group(morris, m -> m.output() + "/" + m.arm()).entrySet()) {
            List<SensitivityResults.Morris> rows = new ArrayList<>(g.getValue());
            rows.sort(Comparator.comparingDouble((SensitivityResults.Morris m) -> -m.muStar()));
            SensitivityResults.Morris one = rows.get(0);
            List<ForestPlot.Row> chart = rows.stream().map(m -> new ForestPlot.Row(m.input(), m.muStar(), Double.NaN, Double.NaN,
                    false)).toList();
            ChartText text = new ChartText("What drives " + SensitivityResults.words(one.output()) + ": Morris μ*",
                    "Arm '" + one.arm() + "'; mean absolute elementary effect of moving each input across its whole range",
                    "μ* (output per whole range of the input)", "", source);
            Path out = charts.resolve("morris_" + SweepCharts.slug(one.output()) + "_" + SweepCharts.slug(one.arm()) + ".png");
            ChartFiles.write(out, ForestPlot.of(text, chart), 800, 120 + 60 * rows.size() + 160);
            written.add(out);
        }
        return written;
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        items.forEach(i -> out.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return out;
    }
}
