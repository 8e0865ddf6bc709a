package io.kubeledger.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import io.kubeledger.report.MonthlyReport.DailyCost;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageAwareRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * Daily cost by team as a stacked bar chart, drawn straight into the PDF as vectors: sharp at any zoom, its labels
 * real text, and no image to encode (encoding a PNG per statement was most of the report step's time).
 */
final class DailyCostChart extends AbstractRenderToImageAwareRenderer implements Graphics2DRenderable,
        DimensionRenderable {

    /** The size the chart is laid out at; the PDF scales it into the template's frame. */
    private static final int WIDTH = 1070;
    private static final int HEIGHT = 400;

    /**
     * Colours told apart with any colour vision: Okabe and Ito's eight (black made grey), then Paul Tol's muted scheme;
     * a fleet with more teams than these repeats them.
     */
    private static final List<Color> PALETTE = List.of(new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7),
            new Color(0x999999), new Color(0x332288), new Color(0x88CCEE), new Color(0x44AA99), new Color(0x117733),
            new Color(0x999933), new Color(0xDDCC77), new Color(0xCC6677), new Color(0x882255), new Color(0xAA4499));

    private final JFreeChart chart;

    private DailyCostChart(JFreeChart chart) {
        this.chart = chart;
    }

    static Renderable of(List<DailyCost> daily, String currency) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        daily.forEach(d -> dataset.addValue(d.cost(), d.team(), Integer.valueOf(d.day().getDayOfMonth())));
        JFreeChart chart = ChartFactory.createStackedBarChart(null, "Day of the month", "Cost (" + currency + ")",
                dataset, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        Font font = new Font("DejaVu Sans", Font.PLAIN, 16);
        chart.getLegend().setItemFont(font);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        CategoryAxis days = plot.getDomainAxis();
        days.setTickLabelFont(font);
        days.setLabelFont(font);
        days.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int series = 0; series < dataset.getRowCount(); series++) {
            bars.setSeriesPaint(series, PALETTE.get(series % PALETTE.size()));
        }
        return new DailyCostChart(chart);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D frame) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.translate(frame.getX(), frame.getY());
            g.scale(frame.getWidth() / WIDTH, frame.getHeight() / HEIGHT);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new Dimension(WIDTH, HEIGHT);
    }
}
