package io.kubeledger.lake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kubeledger.chargeback.ChargebackResult;
import io.kubeledger.chargeback.ExportTotals;
import io.kubeledger.config.Shard;
import io.kubeledger.ingest.BillSummary;
import io.kubeledger.ingest.InvoiceBridge;
import io.kubeledger.ingest.LogIngestionCounts;
import io.kubeledger.lake.RunRecord.WorkspaceTable;

/**
 * The shard's {@link RunRecord} from the results the run's steps left in the job's
 * context.
 */
public final class RunRecordFromJob {

    private RunRecordFromJob() {
    }

    public static RunRecord of(Map<String, Object> job, LocalDate reportDate, Shard shard,
            List<WorkspaceTable> ingestion, Budgets budgets, Optional<InvoiceBridge> bridge) {
        ExportTotals export = ExportTotals.RESULT.in(job).orElse(new ExportTotals(List.of()));
        LogIngestionCounts logs = LogIngestionCounts.RESULT.in(job).orElse(new LogIngestionCounts(0, 0));
        return new RunRecord(reportDate, shard.count(), shard.index(), inputs(export, logs),
                BillingFromJob.of(BillSummary.RESULT.in(job), ChargebackResult.RESULT.in(job), bridge), ingestion,
                export.coverage(), budgets);
    }

    private static InputCounts inputs(ExportTotals export, LogIngestionCounts logs) {
        return new InputCounts(export.rowsRead(), export.rowsQuarantined(), logs.rowsRead(), logs.rowsQuarantined(),
                export.containersSeen(), export.containersNotJudged(), export.quarantinedByCluster(),
                export.missingClusters(), export.creditRows(), export.credits(), export.rowsWithUnknownFigures(),
                export.invalidTeamLabels());
    }

}
