package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Charts as SVG: a well-formed vector document of the chart's size, with its words as text. */
class SvgImagesTest {
    @Test
    void aChartIsAWellFormedSvgWithItsTitleAsTextAndItsColours() throws Exception {
        var chart = ForestPlot.of(new ChartText("Change in employment rate at month 35", "5 replicates", "Percentage points", "",
                "Source: test"), List.of(new ForestPlot.Row("Belfast", 0.4, 0.1, 0.7, false),
                new ForestPlot.Row("Whole region", 0.3, 0.2, 0.4, true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgImages.write(chart, 800, 480, out);
        String svg = out.toString(StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network here
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        assertEquals("800", doc.getDocumentElement().getAttribute("width"));
        assertEquals("480", doc.getDocumentElement().getAttribute("height"));
        assertTrue(svg.contains("Change in employment rate at month 35"), "the title is text, not pixels");
        assertTrue(svg.contains("Belfast"), "row labels are text");
        assertTrue(svg.toLowerCase().contains("rgb(0,114,178)"), "the palette's blue is used");
    }
}
