package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import io.kubeledger.chargeback.CostKind;

class CostCategoryTests {

    /**
     * The month's view puts a line of any kind but a shared namespace's in the category
     * of its kind's name; a kind added to the lake without a category would stop the
     * reports.
     */
    @Test
    void everyCostKindOfTheLakeIsAReportCategory() {
        for (CostKind kind : CostKind.values()) {
            assertThat(CostCategory.of(kind.value()).words()).isNotBlank();
        }
        assertThat(CostCategory.of("shared")).isEqualTo(CostCategory.SHARED);
    }

    @Test
    void anUnknownCategoryIsRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> CostCategory.of("metrics"))
            .withMessageContaining("'metrics'");
    }

    @Test
    void aLetterCapitalisesTheWordsAStatementShortens() {
        assertThat(CostCategory.CORRECTIONS.label()).isEqualTo("Corrections of earlier periods");
        assertThat(CostCategory.CORRECTIONS.statementLabel()).isEqualTo("Corrections");
    }

}
