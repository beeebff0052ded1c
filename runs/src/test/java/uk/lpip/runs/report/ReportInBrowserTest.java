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

    /**
     * After load, lays the page out WIDTH CSS pixels wide (headless Chromium will not open a window
     * narrower than 500 px, so a phone's 390 px is the page's own width) and reports the hexes of the
     * map, the right edge of the furthest element not inside a scrolling box (a table or command that
     * scrolls within itself does not make the page overflow) and the visible text.
     */
    private static final String MAP_CHECK = "<script>window.addEventListener('load',function(){"
            + "document.documentElement.style.width='WIDTHpx';var max=0;"
            + "document.querySelectorAll('body *').forEach(function(e){var p=e.parentElement,c=false;"
            + "while(p&&p!==document.body){if(getComputedStyle(p).overflowX!=='visible'){c=true;break;}p=p.parentElement;}"
            + "if(!c){var r=e.getBoundingClientRect().right;if(r>max)max=r;}});"
            + "document.body.setAttribute('data-map','hexes='+document.querySelectorAll('svg.hexmap g.council').length"
            + "+' width='+Math.ceil(max)+' text='+encodeURIComponent(document.body.innerText));});</script>";

    @Test
    void aPairedReportMapsEveryCouncilNamesEveryAreaAndFitsALaptopAndAPhone() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find(Files.createDirectories(tmp.resolve("profile")));
        assumeTrue(chromium != null, "no Chromium installed (apt-get install chromium; .ci/run does): browser check skipped");
        Path scenario = Files.writeString(tmp.resolve("wales.yaml"), String.join("\n", "extends: rural-wales", "name: wales-paired",
                "interventions:", "  - {type: outreach, name: reach-out, start_month: 1, end_month: 5, funder: uk_government,",
                "     eligible: [discouraged], contact_rate_monthly: 0.3, cost_per_contact: 100}", ""));
        Path out = tmp.resolve("paired");
        int code = Lpip.commandLine().execute("run", scenario.toString(), "--months", "6", "--burn-in", "4", "--scale", "0.005",
                "--replicates", "2", "--no-charts", "--out", out.toString());
        assertEquals(0, code);
        Path dir;
        try (Stream<Path> s = Files.list(out)) {
            dir = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        uk.lpip.scenarios.Scenario place = uk.lpip.scenarios.load.ScenarioLoader.load(dir.resolve("scenario.yaml").toString());
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        for (int width : new int[] {1280, 390}) {
            Path probe = dir.resolve("report-map-probe-" + width + ".html");
            Files.writeString(probe, html.replace("</body>", MAP_CHECK.replace("WIDTH", Integer.toString(width)) + "</body>"),
                    StandardCharsets.UTF_8);
            String dom = chromium.dumpDom(probe, 1280);
            Matcher m = Pattern.compile("data-map=\"hexes=(\\d+) width=(\\d+) text=([^\"]*)\"").matcher(dom);
            assertTrue(m.find(), "the page loaded and its check ran at " + width + " px");
            assertEquals(place.region().councils().size(), Integer.parseInt(m.group(1)), "one hex per council");
            assertTrue(Integer.parseInt(m.group(2)) <= width, "no horizontal overflow at " + width + " px: " + m.group(2));
            String text = java.net.URLDecoder.decode(m.group(3), StandardCharsets.UTF_8);
            for (var council : place.region().councils()) {
                assertTrue(text.contains(council.name()), "the report names " + council.name());
                assertTrue(!text.matches("(?s).*\\bcouncil:" + Pattern.quote(council.id()) + "\\b.*"), "no raw id for " + council.id());
            }
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
