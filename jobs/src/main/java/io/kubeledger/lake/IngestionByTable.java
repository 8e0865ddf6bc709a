package io.kubeledger.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.kubeledger.config.ResourceIds;
import io.kubeledger.ingest.ContainerLogSums.PlanIngestion;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.ingest.LogIngestionTasklet;
import io.kubeledger.ingest.LogPrices;
import io.kubeledger.lake.RunRecord.WorkspaceTable;
import io.kubeledger.lake.TableIngestion;
import io.kubeledger.run.RunWindow;
import io.kubeledger.run.SqlFiles;

/**
 * Each workspace's billable ingestion by table in the month to date, as charged: ContainerLogV2 from the
 * per-namespace query, every other table from Usage. The run keeps it in its {@link RunRecord}.
 */
public class IngestionByTable {

    private final NamedParameterJdbcTemplate jdbc;
    private final ContainerLogSums containerLogSums;
    private final String byTable = SqlFiles.load("ingest/ingestion-by-table.sql");

    public IngestionByTable(NamedParameterJdbcTemplate jdbc, ContainerLogSums containerLogSums) {
        this.jdbc = jdbc;
        this.containerLogSums = containerLogSums;
    }

    public List<WorkspaceTable> of(long runId, RunWindow window) {
        Map<String, Object> month = Map.of("runId", runId, "start", window.start(), "end", window.end(),
                "containerLogTable", LogIngestionTasklet.CONTAINER_LOG_TABLE);
        List<WorkspaceTable> tables = new ArrayList<>(jdbc.query(byTable, month,
                (rs, n) -> new WorkspaceTable(rs.getString("workspace_resource_id"), new TableIngestion(
                        ResourceIds.name(rs.getString("workspace_resource_id")), rs.getString("table_name"),
                        rs.getString("plan"), rs.getBigDecimal("billable_gb"), rs.getBigDecimal("cost")))));
        for (PlanIngestion logs : containerLogSums.over(window.monthToDate())) {
            tables.add(new WorkspaceTable(logs.workspaceResourceId(), new TableIngestion(
                    ResourceIds.name(logs.workspaceResourceId()), LogIngestionTasklet.CONTAINER_LOG_TABLE, logs.plan(),
                    LogPrices.gigabytes(logs.billableBytes()), logs.cost())));
        }
        return tables;
    }
}
