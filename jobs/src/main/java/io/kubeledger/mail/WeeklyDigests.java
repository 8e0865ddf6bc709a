package io.kubeledger.mail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.kubeledger.config.KubeledgerProperties.Team;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.HeadlineChart;
import io.kubeledger.report.MonthlyReport;

/**
 * The weekly digest ({@code mail.weekly}): on the run of an ISO week's last day (a
 * Sunday), the month to date, its forecast and its budget, to finance and to each team's
 * owner, with no attachment. Each is sent once per ISO week and recipient, as the monthly
 * letters are once per month; on the run that completes a month the monthly letters go
 * instead.
 */
final class WeeklyDigests {

    private WeeklyDigests() {
    }

    /**
     * True when the run of {@code reportDate} sends the digests: a Sunday that is not its
     * month's last day.
     */
    static boolean due(LocalDate reportDate) {
        return reportDate.getDayOfWeek() == DayOfWeek.SUNDAY
                && !reportDate.equals(reportDate.withDayOfMonth(reportDate.lengthOfMonth()));
    }

    /** {@code 2026-W44}: the ISO week of the day, which keys "sent once". */
    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static List<Letter> compose(MonthlyReport report, List<String> financeTo, List<Team> teams) {
        String week = week(report.reportDate());
        List<Letter> letters = new ArrayList<>();
        for (String recipient : financeTo) {
            List<String[]> headline = new ArrayList<>();
            headline.add(new String[] { "Month to date", MonthlyLetters.money(report.total(), report) });
            MonthlyLetters.forecastAndBudget(report, report.total(), report.corrections(), report.budgetUse(null),
                    headline);
            List<String[]> rows = report.teams()
                .stream()
                .map(t -> new String[] { t.team(), MonthlyLetters.money(report.printedCost(t), report) })
                .toList();
            letters.add(letter(report, null, "weekly:" + week + ":finance", recipient,
                    "kubeledger " + week + ": " + report.month() + " to date "
                            + MonthlyLetters.money(report.total(), report)
                            + MonthlyLetters.flag(report.budgetUse(null)),
                    intro(report, week, "the fleet"), headline, "Month to date per team", rows));
        }
        for (Team team : teams) {
            Optional<TeamCost> cost = report.team(team.name());
            if (team.ownerEmail() == null || cost.isEmpty()) {
                continue;
            }
            TeamCost teamCost = cost.get();
            List<String[]> headline = new ArrayList<>();
            headline.add(new String[] { "Month to date", MonthlyLetters.money(report.printedCost(teamCost), report) });
            MonthlyLetters.forecastAndBudget(report, teamCost.cost(), teamCost.corrections(),
                    report.budgetUse(team.name()), headline);
            String change = report.words().changeOf(team.name(), teamCost.cost());
            letters.add(letter(report, team.name(), "weekly:" + week + ":team:" + team.name(), team.ownerEmail(),
                    "kubeledger " + week + ": " + team.name() + " " + report.month() + " to date "
                            + MonthlyLetters.money(report.printedCost(teamCost), report)
                            + MonthlyLetters.flag(report.budgetUse(team.name())),
                    intro(report, week, team.name()), headline, "Against last month", List.<String[]>of(
                            new String[] { team.name(), change == null ? "no last month to compare with" : change })));
        }
        return letters;
    }

    private static String intro(MonthlyReport report, String week, String whose) {
        return MonthlyLetters.withMissingNotice(report,
                "The weekly digest of " + whose + " for " + week + ": " + report.month() + " " + report.words().status()
                        + ". " + report.billing().headline(report.reportDate())
                        + " The month's reports follow when it ends.");
    }

    /** A digest of the fleet ({@code team} null) or a team, with its headline chart. */
    private static Letter letter(MonthlyReport report, String team, String message, String recipient, String subject,
            String intro, List<String[]> headline, String tableTitle, List<String[]> rows) {
        return new Letter(message, recipient, subject, MonthlyLetters.text(intro, headline, tableTitle, rows),
                MonthlyLetters.html(intro, HeadlineChart.describe(report, team), headline, tableTitle, rows), List.of(),
                HeadlineChart.of(report, team).png());
    }

}
