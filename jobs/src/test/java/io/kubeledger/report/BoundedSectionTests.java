package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.kubeledger.report.PdfDocument.Line;

/** A section of lines without amounts (findings) keeps its order when it is cut. */
class BoundedSectionTests {

    @Test
    void findingsKeepTheirOrderAndTheRestIsCountedWithoutAnAmount() {
        // given: 40 findings, most urgent first
        List<Line> findings = IntStream.rangeClosed(1, 40)
            .mapToObj(i -> Line.text("Compliance: what needs attention", "aks-" + i + " · audit-log", "fail", null))
            .toList();

        // when
        List<Line> shown = BoundedSection.inWorkbook(findings, "findings", "Compliance findings");

        // then
        assertThat(shown).hasSize(BoundedSection.SHOWN + 1);
        assertThat(shown.subList(0, BoundedSection.SHOWN)).isEqualTo(findings.subList(0, BoundedSection.SHOWN));
        assertThat(shown.get(BoundedSection.SHOWN)).extracting(Line::label, Line::detail, Line::amount)
            .containsExactly("… and 15 more findings", "every one in the workbook's Compliance findings sheet", null);
        assertThat(
                BoundedSection.inWorkbook(findings.subList(0, BoundedSection.SHOWN), "findings", "Compliance findings"))
            .isEqualTo(findings.subList(0, BoundedSection.SHOWN));
    }

}
