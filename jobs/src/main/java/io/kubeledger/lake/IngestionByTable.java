package io.kubeledger.lake;

import java.util.ArrayList;
import java.util.List;

import io.kubeledger.config.ResourceIds;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.ingest.ContainerLogSums.PlanIngestion;
import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.IngestedTables.TableSum;
import io.kubeledger.ingest.LogIngestionTasklet;
import io.kubeledger.ingest.LogPrices;
import io.kubeledger.lake.RunRecord.WorkspaceTable;
import io.kubeledger.run.RunWindow;

/**
 * Each workspace's billable ingestion by table in the month to date, as charged:
 * ContainerLogV2 from the per-namespace query, every other table from Usage. The run
 * keeps it in its {@link RunRecord}.
 */
final class IngestionByTable {

    private IngestionByTable() {
    }

    static List<WorkspaceTable> of(IngestedTables tables, ContainerLogSums containerLogSums, RunWindow window) {
        List<WorkspaceTable> ingestion = new ArrayList<>();
        for (TableSum table : tables.over(window.monthToDate(), false)) {
            ingestion.add(new WorkspaceTable(table.workspaceResourceId(),
                    new TableIngestion(ResourceIds.name(table.workspaceResourceId()), table.table(), table.plan(),
                            table.billableGb(), table.cost())));
        }
        for (PlanIngestion logs : containerLogSums.over(window.monthToDate())) {
            ingestion.add(new WorkspaceTable(logs.workspaceResourceId(),
                    new TableIngestion(ResourceIds.name(logs.workspaceResourceId()),
                            LogIngestionTasklet.CONTAINER_LOG_TABLE, logs.plan(),
                            LogPrices.gigabytes(logs.billableBytes()), logs.cost())));
        }
        return ingestion;
    }

}
