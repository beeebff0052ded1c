package uk.lpip.runs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.cli.Lpip;

/**
 * End to end: {@code lpip run} on the default scenario writes a report, and a real browser
 * (headless Chromium) opens it — every embedded chart decodes and has a size, the page is long
 * enough to hold the summary, charts and tables, and a screenshot of it is not blank. Skipped,
 * with a message, where no Chromium is installed (.ci/run installs Debian's).
 *
 * <p>Set {@code -Dlpip.screenshot=PATH} to keep the screenshot (how docs/report-screenshot.png is made).
 */
class ReportInBrowserTest {
    private static final String CHECK = "<script>window.addEventListener('load',function(){var im=document.images,b=0;"
            + "for(var i=0;i<im.length;i++){if(!im[i].complete||im[i].naturalWidth===0)b++;}"
            + "document.body.setAttribute('data-check','images='+im.length+' broken='+b+' height='"
            + "+document.documentElement.scrollHeight+' width='+document.documentElement.scrollWidth);});</script>";

    @TempDir
    Path tmp;

    @Test
    void theDefaultRunsReportRendersInChromiumWithEveryChartShown() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find(Files.createDirectories(tmp.resolve("profile")));
        assumeTrue(chromium != null, "no Chromium installed (apt-get install chromium; .ci/run does): browser check skipped");

        Path out = tmp.resolve("results");
        int code = Lpip.commandLine().execute("run", "--months", "24", "--burn-in", "12", "--out", out.toString());
        assertEquals(0, code, "lpip run on the default scenario");
        Path dir;
        try (Stream<Path> s = Files.list(out)) {
            dir = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path report = dir.resolve("report.html");
        long charts;
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            charts = s.filter(p -> p.toString().endsWith(".png")).count();
        }

        // The same page with a script that reports, after load, how many images there are, how many
        // failed to decode, and the page's size; Chromium prints the DOM with that result on it.
        String html = Files.readString(report, StandardCharsets.UTF_8);
        Path probe = dir.resolve("report-probe.html");
        Files.writeString(probe, html.replace("</body>", CHECK + "</body>"), StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(probe);
        Matcher m = Pattern.compile("data-check=\"images=(\\d+) broken=(\\d+) height=(\\d+) width=(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page loaded and its check ran: " + dom.substring(0, Math.min(400, dom.length())));
        int images = Integer.parseInt(m.group(1));
        int broken = Integer.parseInt(m.group(2));
        int height = Integer.parseInt(m.group(3));
        int width = Integer.parseInt(m.group(4));
        assertEquals(charts, images, "every chart is an image on the page");
        assertEquals(0, broken, "no broken images");
        assertTrue(height > 600 * charts, "a page tall enough for " + charts + " charts and the tables: " + height + " px");
        assertTrue(width <= 1280, "no horizontal overflow at 1280 px: " + width);

        Path png = tmp.resolve("report.png");
        chromium.screenshot(report, png, 1280, Math.min(height, 6000));
        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(1280, shot.getWidth());
        assertTrue(distinctColours(shot) > 50, "the screenshot shows text and charts, not a blank page");
        String keep = System.getProperty("lpip.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }
}
