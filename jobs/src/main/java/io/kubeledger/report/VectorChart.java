package io.kubeledger.report;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageAwareRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A chart drawn straight into the PDF as vectors: sharp at any zoom, and no image to
 * encode (encoding a PNG per statement is slow, and statements grow with the teams). A
 * mail, which cannot carry vectors, gets it as a PNG ({@link #png}).
 */
public final class VectorChart extends AbstractRenderToImageAwareRenderer
        implements Graphics2DRenderable, DimensionRenderable {

    /**
     * The size a chart is laid out at: twice the points of the PDF's frame, which it is
     * scaled into.
     */
    static final int WIDTH = 1070;
    static final int HEIGHT = 400;

    private final JFreeChart chart;

    VectorChart(JFreeChart chart) {
        this.chart = chart;
    }

    /** The chart as a PNG of its layout size, for an HTML mail. */
    public byte[] png() {
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG", e);
        }
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D frame) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.translate(frame.getX(), frame.getY());
            g.scale(frame.getWidth() / WIDTH, frame.getHeight() / HEIGHT);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        }
        finally {
            g.dispose();
        }
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new Dimension(WIDTH, HEIGHT);
    }

}
