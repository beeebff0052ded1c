package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The record of a sweep's or comparison's charts and tables written after its tables' record: every
 * file under {@code charts/} (each PNG and its SVG twin) and the given tables, each with its SHA-256
 * and size, in one JSON file beside them ({@code charts.json} for a sweep, {@code comparison.json}
 * for a comparison), written atomically.
 */
public final class ChartListing {
    private ChartListing() {
    }

    /** Lists {@code tables} (names relative to {@code root}) and every chart in {@code root/charts} in {@code root/name}. */
    public static void write(Path root, String name, List<String> tables) throws IOException {
        ManifestBuilder m = ManifestBuilder.ofTables();
        for (String t : tables) {
            Path f = root.resolve(t);
            if (Files.isRegularFile(f)) {
                m.outputs().put(t, Manifest.entry(f, AtomicFiles.sha256(f)));
            }
        }
        Path charts = root.resolve("charts");
        if (Files.isDirectory(charts)) {
            try (Stream<Path> s = Files.list(charts)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".svg")).sorted().toList()) {
                    m.outputs().put("charts/" + f.getFileName(), Manifest.entry(f, AtomicFiles.sha256(f)));
                }
            }
        }
        m.commit(root.resolve(name));
    }
}
