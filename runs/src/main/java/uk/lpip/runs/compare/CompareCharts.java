package uk.lpip.runs.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.lpip.runs.Effects;
import uk.lpip.runs.output.ChartFiles;
import uk.lpip.scenarios.experiment.Comparison;
import uk.lpip.viz.ChartText;
import uk.lpip.viz.ForestPlot;
import uk.lpip.viz.HeatMap;

/**
 * The Hub's matrix as charts in {@code charts/}: a forest plot of the change in the employment rate
 * for every package in every place, and heat maps (package × place) of that change and of the
 * benefit–cost ratio on GVA, each cell labelled, an asterisk where the 95% interval excludes zero
 * (for the ratio: excludes one).
 */
public final class CompareCharts {
    private CompareCharts() {
    }

    public static void write(Path root, Comparison c, List<PlaceComparison.Row> rows, String version) throws IOException {
        Path charts = Files.createDirectories(root.resolve("charts"));
        String source = "Source: lpip " + version + " simulation · comparison " + c.name() + " · seed " + c.seed() + " · "
                + c.replicates() + " replicates";
        boolean several = c.packages().size() > 1;
        List<ForestPlot.Row> forest = new ArrayList<>();
        for (PlaceComparison.Row r : rows) {
            forest.add(new ForestPlot.Row(several ? r.packageName() + " · " + r.placeName() : r.placeName(),
                    r.employmentRatePoints().mean(), r.employmentRatePoints().low(), r.employmentRatePoints().high(), false));
        }
        ChartText forestText = new ChartText("What works where: '" + c.name() + "', change in the employment rate",
                "Each package scaled to each place; mean paired difference at the horizon over " + c.replicates()
                        + " replicates with 95% interval", "Percentage points (package − baseline)", "", source);
        ChartFiles.write(charts.resolve("compare_employment_rate.png"), ForestPlot.of(forestText, forest), 800,
                Math.max(360, 120 + 34 * forest.size()));

        List<String> packages = c.packages().stream().map(Comparison.Package::name).toList();
        List<String> places = rows.stream().map(PlaceComparison.Row::placeName).distinct().toList();
        List<HeatMap.Cell> rate = new ArrayList<>();
        List<HeatMap.Cell> bcr = new ArrayList<>();
        for (PlaceComparison.Row r : rows) {
            int row = packages.indexOf(r.packageName());
            int column = places.indexOf(r.placeName());
            Effects.Effect e = r.employmentRatePoints();
            rate.add(new HeatMap.Cell(row, column, e.mean(), e.excludesZero(), !e.excludesZero()));
            Effects.Effect b = r.bcr();
            // Centred on 1 (break-even), so blue is value for money and vermillion is not; grey where the
            // interval includes break-even
            boolean clear = b.replicates() > 1 && (b.low() > 1 || b.high() < 1);
            bcr.add(new HeatMap.Cell(row, column, b.mean() - 1, clear, !clear));
        }
        int height = Math.max(320, 200 + 70 * packages.size());
        ChartText rateText = new ChartText("Intervention × place: change in the employment rate at the horizon, percentage points",
                "Mean over " + c.replicates() + " paired replicates; * the 95% interval excludes zero; grey: it includes zero (noise)",
                "Place", "Package", source);
        ChartFiles.write(charts.resolve("matrix_employment_rate.png"),
                HeatMap.of(rateText, packages, places, rate, "%+.2f", "Percentage points"), 800, height);
        ChartText bcrText = new ChartText("Intervention × place: benefit–cost ratio to UK society, minus one (above zero: benefits exceed costs)",
                "Mean over " + c.replicates() + " replicates; * the 95% interval excludes break-even (ratio 1); grey: it includes it",
                "Place", "Package",
                source);
        ChartFiles.write(charts.resolve("matrix_bcr.png"), HeatMap.of(bcrText, packages, places, bcr, "%+.1f", "BCR − 1"), 800,
                height);
        uk.lpip.runs.output.ChartListing.write(root, "comparison.json", List.of("comparison.yaml", "compare.csv", "compare.parquet",
                "compare-councils.csv", "compare-appraisal.csv"));
    }
}
