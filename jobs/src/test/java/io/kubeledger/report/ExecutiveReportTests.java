package io.kubeledger.report;

import static io.kubeledger.report.MonthlyReports.billedThrough;
import static io.kubeledger.report.MonthlyReports.october;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kubeledger.lake.Budgets;
import io.kubeledger.report.PdfDocument.Line;

class ExecutiveReportTests {

    @Test
    void eachParagraphOfTheMethodIsTitledByItsOwnSubject() {
        // given: a month whose split explanation is one paragraph of rounding
        MonthlyReport report = october(31, billedThrough(31), List.of(), null, Budgets.NONE);

        // when
        List<Line> method = ExecutiveReport.method(report, false);

        // then: the explanation's paragraph is Rounding, every other one is titled by
        // what it explains
        assertThat(method).extracting(Line::label)
            .containsExactly("Against last month", "What the money buys", "Forecast", "Comparisons");
        assertThat(method.get(3).note()).startsWith("on one basis; where one month is reconciled");
    }

}
