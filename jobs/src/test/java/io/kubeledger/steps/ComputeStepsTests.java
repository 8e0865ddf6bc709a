package io.kubeledger.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;

import io.kubeledger.chargeback.ChargebackResult;
import io.kubeledger.chargeback.ExportTotals;
import io.kubeledger.ingest.BillSummary;
import io.kubeledger.ingest.LogIngestionCounts;
import io.kubeledger.lake.ResourceTypeBill;
import io.kubeledger.lake.RunRecord;

/**
 * The {@code chargebackStep} and the {@code lakeStep} after the steps they take their
 * inputs from, on the sample: the chargeback hands on each cluster's idle, and the lake's
 * run record says what every step handed on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputeStepsTests extends SampleSteps {

    private JobExecution execution;

    @BeforeAll
    void runTheComputeSteps(@Autowired JobOperator operator, @Autowired JobRepository repository,
            @Autowired Step exportStep, @Autowired Step logIngestionStep, @Autowired Step billingStep,
            @Autowired Step chargebackStep, @Autowired Step lakeStep) throws Exception {
        execution = StepExecutions.run(operator, repository, LAST_DAY,
                List.of(exportStep, logIngestionStep, billingStep, chargebackStep, lakeStep));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void theChargebackChargesEachClustersBillAndHandsOnItsIdle() {
        // then: the sample's October, billed whole; its exporters never stopped
        ChargebackResult charged = ChargebackResult.RESULT.in(execution.getExecutionContext()).orElseThrow();
        assertThat(cents(charged.idleByCluster())).containsExactly(Map.entry("aks-data-neu", "1227.44"),
                Map.entry("aks-dev-weu", "765.09"), Map.entry("aks-prod-eus", "1500.07"),
                Map.entry("aks-prod-weu", "856.72"));
        assertThat(charged.billedWithoutWorkload()).isEmpty();
        assertThat(StepExecutions.named(execution, "chargebackStep").getWriteCount()).isPositive();
    }

    @Test
    void theRunsRecordSaysWhatTheStepsHandedOn() {
        // given
        ExportTotals export = ExportTotals.RESULT.in(execution.getExecutionContext()).orElseThrow();
        LogIngestionCounts logs = LogIngestionCounts.RESULT.in(execution.getExecutionContext()).orElseThrow();
        BillSummary bill = BillSummary.RESULT.in(execution.getExecutionContext()).orElseThrow();

        // when
        RunRecord record = RunRecord.read(out().resolve("lake/runs/date=2026-10-31/part-00000.json"));

        // then
        assertThat(record.inputs().opencostRowsRead()).isEqualTo(export.rowsRead());
        assertThat(record.inputs().opencostRowsQuarantined()).isEqualTo(1);
        assertThat(record.inputs().opencostQuarantinedByCluster()).isEqualTo(export.quarantinedByCluster());
        assertThat(record.inputs().containersSeen()).isEqualTo(export.containersSeen()).isPositive();
        assertThat(record.inputs().logRowsRead()).isEqualTo(logs.rowsRead()).isPositive();
        assertThat(record.coverage()).isEqualTo(export.coverage());
        assertThat(record.billing().exportRun()).isEqualTo(bill.runIds());
        assertThat(record.billing().billedThrough()).isEqualTo(LAST_DAY);
        assertThat(record.billing().workspaces()).isEqualTo(bill.billedByWorkspace()).hasSize(3);
        assertThat(record.billing().byResourceType()).extracting(ResourceTypeBill::resourceType)
            .containsExactlyElementsOf(bill.rowsByType().keySet());
    }

    private static Map<String, String> cents(Map<String, BigDecimal> amounts) {
        Map<String, String> cents = new TreeMap<>();
        amounts.forEach((name, amount) -> cents.put(name, amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
        return cents;
    }

}
