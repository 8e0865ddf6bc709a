package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.TeamCost;

/**
 * A month's report in words, apart from its figures ({@link MonthlyReport}): the
 * sentences the workbook, the PDFs and the letters share, so that they say a thing the
 * same way.
 */
public final class ReportWording {

    private final MonthlyReport report;

    ReportWording(MonthlyReport report) {
        this.report = report;
    }

    /**
     * "final" for a whole month with every cluster's every day, "month ended, data
     * incomplete" for one with gaps, else "month to date (through YYYY-MM-DD)", with
     * "data incomplete" when it has gaps.
     */
    public String status() {
        String gaps = report.coverage().gaps().isEmpty() ? "" : ", data incomplete";
        if (report.complete()) {
            return gaps.isEmpty() ? "final" : "month ended" + gaps;
        }
        return "month to date (through " + report.reportDate() + ")" + gaps;
    }

    /**
     * The PDFs' subtitle: the status, and on a line of its own whether the month is
     * reconciled with the bill (one line broke a date in two).
     */
    public String statusAndBill() {
        return status() + "\n"
                + (report.billing().reconciled()
                        ? "reconciled with the Azure bill through " + report.billing().billedThrough()
                        : "estimate, not reconciled with the Azure bill");
    }

    /**
     * The headline against last month's like-for-like period, for the whole fleet
     * ({@code team} null) or a team; null when the lake has no last month.
     */
    public String comparison(String team) {
        if (report.lastMonth() == null) {
            return null;
        }
        return report.lastMonth()
            .headline(report.coverage(), report.comparable(team),
                    team == null ? report.lastMonth().total() : report.lastMonth().of(team), report.currency());
    }

    /**
     * A team's change against last month, e.g. {@code +3.2 % vs 2026-09}; null when there
     * is nothing to compare. On OpenCost's allocation where the months differ in basis
     * ({@link LastMonth.Basis}).
     */
    public String changeOf(String team, BigDecimal current) {
        return report.lastMonth() == null ? null : report.lastMonth()
            .shortChange(report.coverage(), report.compared(team, current), report.lastMonth().of(team));
    }

    /**
     * The forecast line of a month to date's first page, saying how it was made; null
     * once the month has ended.
     */
    public String forecastLine(BigDecimal cost, BigDecimal corrections) {
        String forecast = forecastText(cost, corrections);
        return forecast == null ? null : "Forecast for the month: " + forecast;
    }

    /**
     * The forecast and how it was made, e.g.
     * {@code 22,165.76 USD (the month to date plus its 715.02 a day over 15
     * day(s) of data for each of the 16 day(s) left)}; null once the month has ended or
     * without a day of data.
     */
    public String forecastText(BigDecimal cost, BigDecimal corrections) {
        BigDecimal forecast = report.forecast(cost, corrections);
        if (report.complete() || forecast == null) {
            return null;
        }
        int days = report.coverage().coveredDays().size();
        return String.format(Locale.ROOT,
                "%,.2f %s (the month to date plus its %,.2f a day over %d day(s) of data "
                        + "for each of the %d day(s) left%s)",
                forecast, report.currency(),
                cost.subtract(corrections).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN), days,
                report.daysLeft(), corrections.signum() == 0 ? "" : String.format(Locale.ROOT,
                        "; the %,.2f of corrections of earlier " + "periods counted once", corrections));
    }

    /**
     * The first page's row of figures: the unowned share of the total, the idle share of
     * the clusters' bill, and what the containers use of their CPU and memory requests,
     * e.g. {@code Unowned 7.8 % · idle 19.4 % of the report.clusters()'
     * bill · requests used: CPU 41 %, memory 58 %}; a figure without a base is left out.
     */
    public String fleetFigures() {
        List<String> figures = new ArrayList<>();
        BigDecimal unowned = report.unownedTeams()
            .stream()
            .map(TeamCost::cost)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        figures.add(String.format(Locale.ROOT, "Unowned %.1f %%", report.share(unowned) * 100));
        BigDecimal billed = report.clusters()
            .stream()
            .map(ClusterCost::billed)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (billed.signum() > 0) {
            BigDecimal idle = report.clusters()
                .stream()
                .map(ClusterCost::idle)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            figures.add(String.format(Locale.ROOT, "idle %.1f %% of the clusters' bill",
                    idle.doubleValue() / billed.doubleValue() * 100));
        }
        report.resources()
            .stream()
            .reduce((one, other) -> one.plus(other, "", ""))
            .map(ResourceCost::used)
            .ifPresent(used -> figures.add("requests " + used.replace(" · ", ", ")));
        return String.join(" · ", figures);
    }

}
