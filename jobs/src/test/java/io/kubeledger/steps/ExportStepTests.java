package io.kubeledger.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

import io.kubeledger.chargeback.ClusterExport;
import io.kubeledger.chargeback.ExportTotals;

/**
 * The {@code exportStep} on its own: its partitions' totals reach the job's context, and
 * the sample's one bad row is a skip of its cluster's partition and of the step.
 */
class ExportStepTests extends SampleSteps {

    @Autowired
    private JobOperatorTestUtils steps;

    @Autowired
    private Step exportStep;

    @Test
    void leavesEveryClustersTotalsInTheJobsContextAndCountsTheBadRowAsASkip() {
        // when
        JobExecution execution = steps.startStep(exportStep, reportDate(LAST_DAY), new ExecutionContext());

        // then
        StepExecution export = StepExecutions.named(execution, "exportStep");
        assertThat(export.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ExportTotals totals = ExportTotals.RESULT.in(execution.getExecutionContext()).orElseThrow();
        assertThat(totals.clusters()).extracting(ClusterExport::cluster)
            .containsExactly("aks-data-neu", "aks-dev-weu", "aks-prod-eus", "aks-prod-weu");
        assertThat(totals.rowsRead()).isEqualTo(export.getReadCount()).isPositive();
        assertThat(totals.quarantinedByCluster()).containsEntry("aks-dev-weu", 1L).containsEntry("aks-prod-weu", 0L);
        assertThat(export.getReadSkipCount()).isEqualTo(1);
        assertThat(StepExecutions.named(execution, "clusterExportStep:aks-dev-weu").getReadSkipCount()).isEqualTo(1);
        assertThat(totals.missingClusters()).isEmpty();
        assertThat(totals.coverage().get("aks-prod-weu")).hasSize(31).containsKey(LAST_DAY);
    }

    @Test
    void failsNamingTheLatestDayWhenNoExportHasARowOfTheReportDate() {
        // when
        JobExecution execution = steps.startStep(exportStep, reportDate(LocalDate.parse("2026-11-02")),
                new ExecutionContext());

        // then
        StepExecution export = StepExecutions.named(execution, "exportStep");
        assertThat(export.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(export.getFailureExceptions()).first()
            .extracting(Throwable::getMessage)
            .asString()
            .startsWith("No OpenCost export has a row of 2026-11-02: the latest day any export has is 2026-10-31");
    }

}
