package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.kubeledger.lake.Budgets;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.TeamLine;
import io.kubeledger.report.PdfDocument.Line;

/**
 * A team's statement names its namespaces as the lake names them, whatever the names
 * hold.
 */
class TeamStatementTests {

    @Test
    void aClusterWhoseNameHoldsABarKeepsItsNamespacesLines() {
        // given: a cluster name the configuration allows, with the separator a text key
        // once used
        MonthlyReport report = paymentsOwning(new BigDecimal("30.00"), List.of(
                new TeamLine("payments", "aks | eu", "payments", "workload", "direct", new BigDecimal("20.00")),
                new TeamLine("payments", "aks | eu", "kube-system", "workload", "shared", new BigDecimal("10.00"))));

        // when
        List<Line> lines = TeamStatement.document(report, report.teams().get(0)).lines();

        // then
        assertThat(lines).filteredOn(l -> l.section().equals("Cost by namespace"))
            .extracting(Line::label, Line::detail)
            .containsExactly(tuple("aks | eu / payments", "workload"));
        assertThat(lines).filteredOn(l -> l.section().startsWith("Shares of shared costs received"))
            .extracting(Line::label, Line::detail)
            .containsExactly(tuple("aks | eu / kube-system", "workload"));
    }

    @Test
    void aTeamOnManyClustersGetsItsLargestLinesAndTheRestInOneThatAddsUp() {
        // given: a team's namespace on 30 clusters, each costing 1.00 more than the one
        // before, 465.00 together
        List<TeamLine> own = IntStream.rangeClosed(1, 30)
            .mapToObj(
                    i -> new TeamLine("payments", "aks-" + i, "payments", "workload", "direct", BigDecimal.valueOf(i)))
            .toList();
        MonthlyReport report = paymentsOwning(new BigDecimal("465.00"), own);

        // when
        List<Line> lines = TeamStatement.document(report, report.teams().get(0)).lines();

        // then: the 25 costliest clusters, then the 5 cheapest (1.00 to 5.00) as one line
        List<Line> clusters = lines.stream().filter(l -> l.section().equals("Cost by cluster")).toList();
        assertThat(clusters).hasSize(BoundedSection.SHOWN + 1);
        assertThat(clusters.get(0).label()).isEqualTo("aks-30");
        assertThat(clusters.get(BoundedSection.SHOWN)).extracting(Line::label, Line::detail, Line::amount)
            .containsExactly("… and 5 more clusters", "together", new BigDecimal("15.00"));
        assertThat(clusters.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo("465.00");
        assertThat(lines).filteredOn(l -> l.section().equals("Cost by namespace")).hasSize(BoundedSection.SHOWN + 1);
    }

    /** October with the one team payments, costing {@code total}, and its lines. */
    private static MonthlyReport paymentsOwning(BigDecimal total, List<TeamLine> own) {
        MonthlyReport month = MonthlyReports.october(31, MonthlyReports.billedThrough(31),
                List.of(new DailyCost(MonthlyReports.OCTOBER.atDay(1), "payments", total, total)), null, Budgets.NONE);
        return new MonthlyReport(month.month(), month.reportDate(), month.complete(), month.currency(), month.total(),
                month.billedTotal(), month.teams(), month.clusters(), month.namespaces(), month.daily(),
                month.ingestion(), month.explanation(), month.inputs(), month.rightsizing(), month.compliance(), own,
                month.lastMonth(), month.billing(), month.coverage(), month.budgets(), month.resources(),
                month.teamLogs(), month.history());
    }

}
