package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.kubeledger.chargeback.CostKind;
import io.kubeledger.run.SqlFiles;

class CostCategoryTests {

    /**
     * The month's view puts a line of any kind but a shared namespace's in the category
     * of its kind's name, or in the category one of its branches names for the kind; a
     * kind added to the lake without a category would stop the reports.
     */
    @Test
    void everyCostKindOfTheLakeIsAReportCategory() {
        String view = SqlFiles.load("report/lake-month.sql");
        for (CostKind kind : CostKind.values()) {
            Matcher branch = Pattern.compile("WHEN x_CostKind = '" + kind.value() + "' THEN '([a-z-]+)'").matcher(view);
            String category = branch.find() ? branch.group(1) : kind.value();
            assertThat(CostCategory.of(category).words()).as(kind.value()).isNotBlank();
        }
        assertThat(CostCategory.of("shared")).isEqualTo(CostCategory.SHARED);
    }

    @Test
    void anUnknownCategoryIsRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> CostCategory.of("gpu")).withMessageContaining("'gpu'");
    }

    @Test
    void aLetterCapitalisesTheWordsAStatementShortens() {
        assertThat(CostCategory.CORRECTIONS.label()).isEqualTo("Corrections of earlier periods");
        assertThat(CostCategory.CORRECTIONS.statementLabel()).isEqualTo("Corrections");
    }

}
