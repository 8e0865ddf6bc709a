package io.kubeledger.report;

/**
 * The chart at the top of the executive report, each statement and their letters: the
 * fleet's or a team's month to date added up against last month, with the forecast and
 * the budget ({@link ChartFigures#cumulative}).
 */
public final class HeadlineChart {

    private HeadlineChart() {
    }

    /** The fleet's ({@code team} null) or a team's headline chart. */
    public static VectorChart of(MonthlyReport report, String team) {
        return ReportCharts.cumulative(ChartFigures.cumulative(report, team), report.currency());
    }

    /**
     * What the chart shows, for a reader that does not see it (an image's alternative
     * text).
     */
    public static String describe(MonthlyReport report, String team) {
        ChartFigures.Cumulative figures = ChartFigures.cumulative(report, team);
        return "The month to date of " + figures.whose() + " added up day by day"
                + (figures.lastMonth() == null ? "" : ", against " + figures.lastMonth())
                + (figures.forecast() == null ? "" : ", with the forecast")
                + (figures.budget() == null ? "" : " and the budget");
    }

}
