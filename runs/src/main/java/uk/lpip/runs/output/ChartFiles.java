package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import uk.lpip.viz.PngImages;
import uk.lpip.viz.SvgImages;

/**
 * Writes a chart twice, atomically: {@code name.png} at 2× resolution (embedded in reports, for
 * screens) and {@code name.svg} beside it (vector, for print and publication).
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Writes {@code png} and its SVG twin; returns the PNG's SHA-256. */
    public static String write(Path png, JFreeChart chart, int width, int height) throws IOException {
        String sha = AtomicFiles.writeBytes(png, o -> PngImages.write(chart, width, height, o));
        String name = png.getFileName().toString();
        Path svg = png.resolveSibling(name.substring(0, name.length() - ".png".length()) + ".svg");
        AtomicFiles.writeBytes(svg, o -> SvgImages.write(chart, width, height, o));
        return sha;
    }

    /** Writes {@code png} and its SVG twin and lists both in a manifest's {@code outputs} as {@code prefix + name}. */
    public static void write(Path png, JFreeChart chart, int width, int height, java.util.Map<String, Object> outputs,
                             String prefix) throws IOException {
        String sha = write(png, chart, width, height);
        String name = png.getFileName().toString();
        Path svg = png.resolveSibling(name.substring(0, name.length() - ".png".length()) + ".svg");
        outputs.put(prefix + name, Manifest.entry(png, sha));
        outputs.put(prefix + svg.getFileName(), Manifest.entry(svg, AtomicFiles.sha256(svg)));
    }
}
