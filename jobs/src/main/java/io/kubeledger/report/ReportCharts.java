package io.kubeledger.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.kubeledger.report.ChartFigures.BudgetBar;
import io.kubeledger.report.ChartFigures.Cumulative;
import io.kubeledger.report.ChartFigures.KindBar;
import io.kubeledger.report.ChartFigures.Point;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.MonthTotal;

/**
 * Draws {@link ChartFigures} with JFreeChart, in colours told apart with any colour
 * vision (Okabe and Ito's, then Paul Tol's muted scheme) and lines told apart by their
 * dashes too, never by colour alone.
 */
final class ReportCharts {

    /** The bars a chart of teams or clusters draws one by one; the rest are one bar. */
    static final int BARS = 12;

    private static final List<Color> PALETTE = List.of(new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
            new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x999999),
            new Color(0x332288), new Color(0x88CCEE), new Color(0x44AA99), new Color(0x117733), new Color(0x999933),
            new Color(0xDDCC77), new Color(0xCC6677), new Color(0x882255), new Color(0xAA4499));

    private static final Color THIS_MONTH = new Color(0x0072B2);

    private static final Color LAST_MONTH = new Color(0xE69F00);

    private static final Color BUDGET = new Color(0xD55E00);

    private static final Color FORECAST = new Color(0x555555);

    private static final Color ESTIMATE_DAYS = new Color(0xEEEEEE);

    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 16);

    private static final Stroke SOLID = new BasicStroke(3.5f);

    private static final Stroke THIN = new BasicStroke(2f);

    private static final Stroke DASHED = new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] { 12f, 8f }, 0f);

    private static final Stroke DOTTED = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] { 2f, 7f }, 0f);

    private ReportCharts() {
    }

    /**
     * The month to date added up day by day (billed days solid, estimated ones dashed on
     * a grey ground), last month's beside it, this month on last month's basis where they
     * differ (dotted), the forecast to the month's end and the budget.
     */
    static VectorChart cumulative(Cumulative figures, String currency) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        List<Point> billed = figures.charged().stream().filter(p -> !p.estimate()).toList();
        List<Point> estimated = figures.charged().stream().filter(Point::estimate).toList();
        add(lines, renderer, figures.month() + (estimated.isEmpty() ? "" : " billed"), billed, THIS_MONTH, SOLID);
        if (!estimated.isEmpty()) {
            // From the last billed day, so that the two parts join.
            List<Point> joined = Stream
                .concat(billed.isEmpty() ? Stream.empty() : Stream.of(billed.get(billed.size() - 1)),
                        estimated.stream())
                .toList();
            add(lines, renderer, figures.month() + (billed.isEmpty() ? " estimate" : " not billed yet"), joined,
                    THIS_MONTH, DASHED);
        }
        if (!figures.comparable().isEmpty()) {
            add(lines, renderer, figures.month() + " on OpenCost's allocation", figures.comparable(), THIS_MONTH,
                    DOTTED);
        }
        if (figures.lastMonth() != null) {
            add(lines, renderer, figures.lastMonth() + (figures.allocationOnly() ? " on OpenCost's allocation" : ""),
                    figures.last(), LAST_MONTH, THIN);
        }
        int monthLength = figures.month().lengthOfMonth();
        if (figures.forecast() != null && !figures.charged().isEmpty()) {
            Point last = figures.charged().get(figures.charged().size() - 1);
            add(lines, renderer, "forecast " + money(figures.forecast()),
                    List.of(last, new Point(monthLength, figures.forecast(), true)), FORECAST, DOTTED);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, "Day of " + figures.month(),
                "Cost added up (" + currency + ")", lines, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        NumberAxis days = (NumberAxis) plot.getDomainAxis();
        days.setRange(0.5, monthLength + 0.5);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (!estimated.isEmpty()) {
            IntervalMarker notBilled = new IntervalMarker(estimated.get(0).day() - 0.5, monthLength + 0.5,
                    ESTIMATE_DAYS);
            notBilled.setLabel("estimates");
            notBilled.setLabelFont(FONT);
            notBilled.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            notBilled.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(notBilled, Layer.BACKGROUND);
        }
        double top = Stream.of(figures.charged(), figures.last(), figures.comparable())
            .flatMap(List::stream)
            .mapToDouble(p -> p.cumulative().doubleValue())
            .max()
            .orElse(0);
        if (figures.forecast() != null) {
            top = Math.max(top, figures.forecast().doubleValue());
        }
        if (figures.budget() != null) {
            top = Math.max(top, figures.budget().doubleValue());
            ValueMarker budget = new ValueMarker(figures.budget().doubleValue(), BUDGET, DASHED);
            budget.setLabel("budget " + money(figures.budget()));
            budget.setLabelFont(FONT);
            budget.setLabelPaint(BUDGET);
            budget.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            budget.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(budget);
        }
        plot.getRangeAxis().setRange(0, top <= 0 ? 1 : top * 1.1);
        return styled(chart, plot);
    }

    /**
     * Each team's cost by kind, one bar a team, the costliest first; the teams beyond
     * {@link #BARS} are one bar.
     */
    static VectorChart kinds(List<KindBar> teams, String currency) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (CostCategory category : CostCategory.values()) {
            int k = category.ordinal();
            if (teams.stream().allMatch(t -> t.kinds().get(k).signum() == 0)) {
                continue;
            }
            for (int team = 0; team < Math.min(teams.size(), BARS); team++) {
                bars.addValue(teams.get(team).kinds().get(k), category.words(), teams.get(team).team());
            }
            if (teams.size() > BARS) {
                bars.addValue(
                        teams.subList(BARS, teams.size())
                            .stream()
                            .map(t -> t.kinds().get(k))
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                        category.words(), (teams.size() - BARS) + " other teams");
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "Cost (" + currency + ")", bars,
                PlotOrientation.HORIZONTAL, true, false, false);
        return styledBars(chart);
    }

    /**
     * Each budget as a bullet: the forecast as a wide pale bar, the month to date as a
     * narrow dark one, both in percent of the budget, whose 100 % is a line.
     */
    static VectorChart budgets(List<BudgetBar> budgets) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        budgets.stream().limit(BARS).forEach(b -> {
            String label = (b.team() == null ? "the fleet" : b.team()) + " (" + money(b.budget()) + ")";
            if (b.forecast() != null) {
                bars.addValue(percent(b.forecast(), b.budget()), "forecast", label);
            }
            bars.addValue(percent(b.actual(), b.budget()), b.forecast() == null ? "the month" : "to date", label);
        });
        boolean forecast = budgets.stream().anyMatch(b -> b.forecast() != null);
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Percent of the budget", bars,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LayeredBarRenderer layered = new LayeredBarRenderer();
        if (forecast) {
            layered.setSeriesBarWidth(0, 0.9);
            layered.setSeriesPaint(0, new Color(0x9FC9E6));
        }
        layered.setSeriesBarWidth(forecast ? 1 : 0, 0.45);
        layered.setSeriesPaint(forecast ? 1 : 0, THIS_MONTH);
        plot.setRenderer(layered);
        ValueMarker budget = new ValueMarker(100, BUDGET, SOLID);
        plot.addRangeMarker(budget);
        double top = budgets.stream()
            .limit(BARS)
            .flatMap(b -> Stream.of(b.actual(), b.forecast() == null ? b.actual() : b.forecast())
                .map(v -> percent(v, b.budget())))
            .mapToDouble(v -> v)
            .max()
            .orElse(100);
        plot.getRangeAxis().setRange(0, Math.max(top, 100) * 1.08);
        ((NumberAxis) plot.getRangeAxis()).setTickUnit(new NumberTickUnit(Math.max(top, 100) > 200 ? 50 : 10));
        return styledBars(chart);
    }

    /**
     * Each cluster's idle cost in percent of its bill, the idlest first; beyond
     * {@link #BARS} left out.
     */
    static VectorChart idle(List<ClusterCost> clusters) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        clusters.stream()
            .limit(BARS)
            .forEach(c -> bars.addValue(c.idleShare() * 100, "idle, percent of the cluster's " + "bill", c.cluster()));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Idle (percent of the bill)", bars,
                PlotOrientation.HORIZONTAL, false, false, false);
        double top = clusters.stream().mapToDouble(ClusterCost::idleShare).max().orElse(0) * 100;
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
            .setTickUnit(new NumberTickUnit(top > 40 ? 10 : top > 10 ? 5 : 1));
        return styledBars(chart);
    }

    /**
     * Each month's cost as its latest run charged it, billed months dark and estimates
     * pale.
     */
    static VectorChart trend(List<MonthTotal> months, String currency) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        months.forEach(m -> {
            String label = m.month() + (m.whole() ? "" : " to " + m.through().getDayOfMonth());
            bars.addValue(m.billed() ? m.cost() : BigDecimal.ZERO, "billed", label);
            bars.addValue(m.billed() ? BigDecimal.ZERO : m.cost(), "estimate", label);
        });
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "Cost (" + currency + ")", bars,
                PlotOrientation.VERTICAL, true, false, false);
        VectorChart drawn = styledBars(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, THIS_MONTH);
        renderer.setSeriesPaint(1, new Color(0x9FC9E6));
        return drawn;
    }

    /** The fleet's daily cost by team, stacked. */
    static VectorChart daily(List<DailyCost> daily, String currency) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        daily.forEach(d -> dataset.addValue(d.cost(), d.team(), Integer.valueOf(d.day().getDayOfMonth())));
        JFreeChart chart = ChartFactory.createStackedBarChart(null, "Day of the month", "Cost (" + currency + ")",
                dataset, PlotOrientation.VERTICAL, true, false, false);
        return styledBars(chart);
    }

    private static void add(XYSeriesCollection lines, XYLineAndShapeRenderer renderer, String name, List<Point> points,
            Color colour, Stroke stroke) {
        XYSeries series = new XYSeries(name, false, true);
        points.forEach(p -> series.add(p.day(), p.cumulative().doubleValue()));
        int index = lines.getSeriesCount();
        lines.addSeries(series);
        renderer.setSeriesPaint(index, colour);
        renderer.setSeriesStroke(index, stroke);
    }

    private static VectorChart styledBars(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(FONT);
        categories.setLabelFont(FONT);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            // Names beside the bars, up to a third of the width.
            categories.setMaximumCategoryLabelWidthRatio(0.35f);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            if (!(bars instanceof LayeredBarRenderer)) {
                for (int series = 0; series < plot.getDataset().getRowCount(); series++) {
                    bars.setSeriesPaint(series, PALETTE.get(series % PALETTE.size()));
                }
            }
        }
        return styled(chart, plot);
    }

    private static VectorChart styled(JFreeChart chart, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        plot.setBackgroundPaint(Color.WHITE);
        NumberAxis values = (NumberAxis) (plot instanceof XYPlot xy ? xy.getRangeAxis()
                : ((CategoryPlot) plot).getRangeAxis());
        values.setTickLabelFont(FONT);
        values.setLabelFont(FONT);
        values.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(new Color(0xCCCCCC));
            xy.getDomainAxis().setTickLabelFont(FONT);
            xy.getDomainAxis().setLabelFont(FONT);
        }
        else {
            ((CategoryPlot) plot).setRangeGridlinePaint(new Color(0xCCCCCC));
        }
        return new VectorChart(chart);
    }

    private static double percent(BigDecimal amount, BigDecimal budget) {
        return amount.doubleValue() / budget.doubleValue() * 100;
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

}
