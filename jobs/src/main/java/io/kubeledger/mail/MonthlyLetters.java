package io.kubeledger.mail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.kubeledger.compliance.Status;
import io.kubeledger.config.KubeledgerProperties.Team;
import io.kubeledger.lake.Budgets;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.HeadlineChart;
import io.kubeledger.report.CostCategory;
import io.kubeledger.report.MonthlyReport;
import io.kubeledger.report.ReportFiles;
import io.kubeledger.rightsizing.ContainerRecommendation;

/**
 * The month's letters: finance gets the workbook and the executive report, each team's
 * owner its own statement. Each has the headline numbers in an HTML body and the same in
 * plain text.
 */
final class MonthlyLetters {

    static final String FINANCE = "finance";

    private MonthlyLetters() {
    }

    /**
     * Finance's letters, each team owner's, and where {@code platformOwner} is set the
     * shared namespaces' statement to it: their rightsizing is nobody's team's.
     */
    static List<Letter> compose(MonthlyReport report, List<String> financeTo, List<Team> teams, String platformOwner,
            Path outputDir) {
        List<Letter> letters = new ArrayList<>();
        for (String recipient : financeTo) {
            letters.add(finance(report, recipient, outputDir));
        }
        for (Team team : teams) {
            Optional<TeamCost> cost = report.team(team.name());
            if (team.ownerEmail() != null && cost.isPresent()) {
                letters.add(team(report, cost.get(), team.ownerEmail(), outputDir));
            }
        }
        if (platformOwner != null) {
            report.platformStatement().ifPresent(shared -> letters.add(team(report, shared, platformOwner, outputDir)));
        }
        return letters;
    }

    private static Letter finance(MonthlyReport report, String recipient, Path outputDir) {
        String subject = "kubeledger " + report.month() + ": " + money(report.total(), report) + " ("
                + report.words().status() + ")" + flag(report.budgetUse(null));
        List<String[]> headline = new ArrayList<>();
        headline.add(new String[] { "Total", money(report.total(), report) });
        if (report.words().comparison(null) != null) {
            headline.add(new String[] { "Against last month", report.words().comparison(null) });
        }
        forecastAndBudget(report, report.total(), report.corrections(), report.budgetUse(null), headline);
        headline
            .add(new String[] { "Potential savings a month", money(report.rightsizing().potentialSavings(), report) });
        headline.add(new String[] { "Compliance findings failing / warning",
                report.findings(Status.FAIL) + " / " + report.findings(Status.WARN) });
        List<String[]> teams = report.teams()
            .stream()
            .map(t -> new String[] { t.team(), money(report.printedCost(t), report) })
            .toList();
        String intro = withMissingNotice(report,
                "The Kubernetes chargeback of " + report.month() + " (" + report.words().status() + "). "
                        + report.billing().headline(report.reportDate())
                        + " Attached: the workbook and the executive report.");
        return new Letter(FINANCE, recipient, subject, text(intro, headline, "Cost per team", teams),
                html(intro, HeadlineChart.describe(report, null), headline, "Cost per team", teams),
                List.of(ReportFiles.workbook(outputDir, report.month()),
                        ReportFiles.executive(outputDir, report.month())),
                HeadlineChart.of(report, null).png());
    }

    private static Letter team(MonthlyReport report, TeamCost team, String recipient, Path outputDir) {
        String subject = "kubeledger " + report.month() + ": " + team.team() + " "
                + money(report.printedCost(team), report) + " (" + report.words().status() + ")"
                + flag(report.budgetUse(team.team()));
        List<String[]> headline = new ArrayList<>();
        headline.add(new String[] { "Total", money(report.printedCost(team), report) });
        if (report.words().comparison(team.team()) != null) {
            headline.add(new String[] { "Against last month", report.words().comparison(team.team()) });
        }
        forecastAndBudget(report, team.cost(), team.corrections(), report.budgetUse(team.team()), headline);
        List<ContainerRecommendation> changes = report.rightsizing().changesOf(team.team());
        BigDecimal savings = report.rightsizing().potentialSavingsOf(team.team());
        long saving = changes.stream().filter(r -> r.monthlySavings().signum() > 0).count();
        headline.add(new String[] { "Potential savings a month",
                money(savings, report) + " (" + saving + " changes"
                        + (saving > report.rightsizing().shownInAStatement() ? "; the statement lists the biggest "
                                + report.rightsizing().shownInAStatement() + " and the rest together)"
                                : " in the statement)") });
        if (saving < changes.size()) {
            headline.add(new String[] { "Containers at risk: cost a month",
                    money(report.rightsizing().upsizeCostOf(team.team()), report) + " (" + (changes.size() - saving)
                            + " upsizes)" });
        }
        // The statement's own footed parts, so that the letter and the attached PDF agree
        // to the cent.
        List<BigDecimal> printed = report.printedByCategory(team);
        List<String[]> kinds = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            // Corrections only where the team has some.
            if (category != CostCategory.CORRECTIONS || printed.get(category.ordinal()).signum() != 0) {
                kinds.add(new String[] { category.label(), money(printed.get(category.ordinal()), report) });
            }
        }
        String intro = withMissingNotice(report,
                "The Kubernetes costs charged to " + team.team() + " in " + report.month() + " ("
                        + report.words().status() + "). " + report.billing().headline(report.reportDate())
                        + " Attached: your statement, with each cost and the changes that would save money.");
        return new Letter("team:" + team.team(), recipient, subject, text(intro, headline, "What it pays for", kinds),
                html(intro, HeadlineChart.describe(report, team.team()), headline, "What it pays for", kinds),
                List.of(ReportFiles.statement(outputDir, report.month(), team.team())),
                HeadlineChart.of(report, team.team()).png());
    }

    /**
     * A subject's flag when the cost, or its forecast, is over its budget:
     * {@code " · OVER BUDGET"}.
     */
    static String flag(Budgets.Use budget) {
        return budget == null || budget.flag() == null ? "" : " · " + budget.flag();
    }

    static void forecastAndBudget(MonthlyReport report, BigDecimal cost, BigDecimal corrections, Budgets.Use budget,
            List<String[]> headline) {
        String forecast = report.words().forecastText(cost, corrections);
        if (forecast != null) {
            headline.add(new String[] { "Forecast", forecast });
        }
        if (budget != null) {
            headline.add(new String[] { "Budget", budget.describe(report.currency()) });
        }
    }

    /**
     * A letter of an incomplete month says so before anything else: the clusters missing,
     * the days without data.
     */
    static String withMissingNotice(MonthlyReport report, String intro) {
        String missing = report.inputs().missingNotice();
        String gaps = report.coverage().complete() ? null : report.coverage().notice();
        return String.join(" ", Stream.of(missing, gaps, intro).filter(Objects::nonNull).toList());
    }

    static String text(String intro, List<String[]> headline, String tableTitle, List<String[]> rows) {
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        headline.forEach(line -> text.append(line[0]).append(": ").append(line[1]).append('\n'));
        text.append('\n').append(tableTitle).append(":\n");
        rows.forEach(
                row -> text.append("  ").append(String.format(Locale.ROOT, "%-24s %20s", row[0], row[1])).append('\n'));
        return text.append("\n-- \nkubeledger\n").toString();
    }

    /**
     * The letter as HTML, its headline chart ({@link Letter#CHART}) under the intro,
     * described by {@code chart}.
     */
    static String html(String intro, String chart, List<String[]> headline, String tableTitle, List<String[]> rows) {
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><p>").append(escape(intro))
            .append("</p><p><img src=\"cid:")
            .append(Letter.CHART)
            .append("\" width=\"535\" height=\"200\" alt=\"")
            .append(escape(chart))
            .append("\"></p><table>");
        headline.forEach(line -> html.append("<tr><th align=\"left\">")
            .append(escape(line[0]))
            .append("</th><td>")
            .append(escape(line[1]))
            .append("</td></tr>"));
        html.append("</table><h3>").append(escape(tableTitle)).append("</h3><table>");
        rows.forEach(row -> html.append("<tr><td>")
            .append(escape(row[0]))
            .append("</td><td align=\"right\">")
            .append(escape(row[1]))
            .append("</td></tr>"));
        return html.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String money(BigDecimal amount, MonthlyReport report) {
        return String.format(Locale.ROOT, "%,.2f %s", amount, report.currency());
    }

}
