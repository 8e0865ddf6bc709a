package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

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
        MonthlyReport month = MonthlyReports.october(31, MonthlyReports.billedThrough(31),
                List.of(new DailyCost(MonthlyReports.OCTOBER.atDay(1), "payments", new BigDecimal("30.00"),
                        new BigDecimal("30.00"))),
                null, Budgets.NONE);
        MonthlyReport report = new MonthlyReport(month.month(), month.reportDate(), month.complete(), month.currency(),
                month.total(), month.billedTotal(), month.teams(), month.clusters(), month.namespaces(), month.daily(),
                month.ingestion(), month.explanation(), month.inputs(), month.rightsizing(), month.compliance(),
                List.of(new TeamLine("payments", "aks | eu", "payments", "workload", "direct", new BigDecimal("20.00")),
                        new TeamLine("payments", "aks | eu", "kube-system", "workload", "shared",
                                new BigDecimal("10.00"))),
                month.lastMonth(), month.billing(), month.coverage(), month.budgets(), month.resources(),
                month.teamLogs(), month.history());

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

}
