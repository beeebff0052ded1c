package uk.lpip.viz;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Renders charts as SVG — vector, for print and publication — through Apache Batik's SVG
 * generator (Apache-2.0; JFreeSVG would be GPL). Text stays text, so it can be searched and edited.
 */
public final class SvgImages {
    private SvgImages() {
    }

    /** Draws the chart at {@code width × height} user units into an SVG document. */
    public static void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment("lpip chart (JFreeChart, Apache Batik)");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(w, true);
        w.flush();
    }
}
