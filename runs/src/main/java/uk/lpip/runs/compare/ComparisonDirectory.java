package uk.lpip.runs.compare;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.lpip.runs.Effects;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.Manifest;
import uk.lpip.runs.output.RecordCheck;

/**
 * A comparison's results directory: {@code comparison.yaml} (the file it was started with), one
 * run directory per place, and {@code compare.csv}, {@code charts/} and {@code report.html} over
 * all places. Each place's run keeps its rows of the matrix ({@value #ROWS}, listed in its
 * manifest), so an interrupted comparison resumed with {@code --resume} reuses every place whose
 * run is finished, intact and made from the same resolved scenario, and runs the rest.
 */
public final class ComparisonDirectory {
    /** A place's rows of the matrix, in its run directory. */
    public static final String ROWS = "comparison-rows.json";

    /** One row as stored: a {@link PlaceComparison.Row} without its directory (the run's own). */
    record StoredRow(String packageName, String place, String placeName, double workingAge, int placesPerIntake, double budget,
                     Effects.Effect netJobs, Effects.Effect employmentRatePoints, double spend, double costPerNetJob,
                     Effects.Effect bcr, List<PlaceComparison.CouncilEffect> councils, java.util.Map<String, double[]> appraisal) { }

    // non-finite numbers (a cost per net job with no net jobs) are written as NaN and read back exactly
    private static final JsonMapper JSON = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final Path root;

    public ComparisonDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public boolean exists() {
        return Files.isRegularFile(root.resolve("comparison.yaml"));
    }

    /** Whether the comparison here was started from {@code text}. */
    public boolean startedFrom(String text) throws IOException {
        return Files.readString(root.resolve("comparison.yaml"), StandardCharsets.UTF_8).equals(text);
    }

    static void writeRows(Writer w, List<PlaceComparison.Row> rows) throws IOException {
        List<StoredRow> stored = rows.stream().map(r -> new StoredRow(r.packageName(), r.place(), r.placeName(), r.workingAge(),
                r.placesPerIntake(), r.budget(), r.netJobs(), r.employmentRatePoints(), r.spend(), r.costPerNetJob(), r.bcr(),
                r.councils(), r.appraisal()))
                .toList();
        w.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(stored));
        w.write("\n");
    }

    /**
     * The rows of a finished place to reuse: its run is intact, was made from {@code resolvedYaml}
     * and holds its rows; empty if there is no such run.
     */
    public Optional<List<PlaceComparison.Row>> finished(String place, String resolvedYaml) throws IOException {
        for (Path run : placeRuns(place)) {
            try {
                if (RecordCheck.check(run).isEmpty() && Manifest.read(run.resolve("manifest.json")).outputs().containsKey(ROWS)
                        && Files.readString(run.resolve("scenario.yaml"), StandardCharsets.UTF_8).equals(resolvedYaml)) {
                    StoredRow[] stored = JSON.readValue(run.resolve(ROWS).toFile(), StoredRow[].class);
                    Manifest m = Manifest.read(run.resolve("manifest.json"));
                    String id = m.text("run");
                    double scale = m.number("scale");
                    return Optional.of(Arrays.stream(stored).map(r -> new PlaceComparison.Row(r.packageName(), r.place(),
                            r.placeName(), r.workingAge(), r.placesPerIntake(), r.budget(), r.netJobs(), r.employmentRatePoints(),
                            r.spend(), r.costPerNetJob(), r.bcr(), run, id, scale,
                            r.councils() == null ? List.of() : r.councils(),
                            r.appraisal() == null ? java.util.Map.of() : r.appraisal())).toList());
                }
            } catch (Manifest.Invalid | IOException e) {
                // not reusable: run again
            }
        }
        return Optional.empty();
    }

    /**
     * Removes everything in the directory but {@code comparison.yaml}, the lock and the runs in
     * {@code keep}: place runs that are damaged, unfinished or of another scenario, temporary
     * directories of interrupted runs, and the tables, charts and report (written again at the end).
     * Returns the place run directories removed.
     */
    public List<Path> removeAllBut(List<Path> keep) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> kept = keep.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.equals("comparison.yaml") || name.equals(".lock") || kept.contains(p.toAbsolutePath().normalize())) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    AtomicFiles.deleteTree(p);
                    if (!name.equals("charts") && !name.startsWith(".")) {
                        removed.add(p);
                    }
                } else {
                    Files.delete(p);
                }
            }
        }
        return removed;
    }

    /** Run directories of a place ({@code <place>-<time stamp>}), in order. */
    private List<Path> placeRuns(String place) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path p : s) {
                if (Files.isRegularFile(p.resolve("manifest.json")) && place.equals(scenarioOf(p))) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String scenarioOf(Path run) {
        try {
            return Manifest.read(run.resolve("manifest.json")).text("scenario");
        } catch (Manifest.Invalid e) {
            return null;
        }
    }
}
