package io.kubeledger.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
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

/** Daily cost by team as a stacked bar chart, drawn at twice the printed size so that it stays sharp in the PDF. */
final class DailyCostChart {

    private static final int WIDTH = 1070;
    private static final int HEIGHT = 400;

    private DailyCostChart() {
    }

    static BufferedImage of(List<DailyCost> daily, String currency) {
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
        return chart.createBufferedImage(WIDTH, HEIGHT);
    }
}
