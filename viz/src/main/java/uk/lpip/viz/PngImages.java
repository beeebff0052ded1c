package uk.lpip.viz;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** Renders charts headless to PNG at 2× resolution, so they stay sharp on high-density screens and in print. */
public final class PngImages {
    public static final int SCALE = 2;

    private PngImages() {
    }

    /** Draws the chart at {@code width × height} logical pixels into an image twice that size. */
    public static BufferedImage render(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        if (!ImageIO.write(render(chart, width, height), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }
}
