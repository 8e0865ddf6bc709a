package io.kubeledger.source;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.azure.core.exception.AzureException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.util.Context;
import com.azure.monitor.query.LogsQueryClient;
import com.azure.monitor.query.models.LogsQueryOptions;
import com.azure.monitor.query.models.LogsQueryResult;
import com.azure.monitor.query.models.LogsQueryResultStatus;
import com.azure.monitor.query.models.LogsTableCell;
import com.azure.monitor.query.models.LogsTableRow;
import com.azure.monitor.query.models.QueryTimeInterval;

import io.kubeledger.DayRange;

/**
 * Runs the named queries with the query API's client, over the run's window and with a server timeout. The client
 * does not throw on a partial error, so the status is checked here. A workspace with no data answers 204, which
 * is an empty answer, not a failure.
 */
public class AzureLogAnalyticsSource implements LogAnalyticsSource {

    private static final int NO_CONTENT = 204;

    private final LogsQueryClient client;
    private final AzureClients azure;

    public AzureLogAnalyticsSource(AzureClients azure) {
        this.azure = azure;
        this.client = azure.logs();
    }

    @Override
    public LogsTable query(String workspaceId, LogQuery query, DayRange days) {
        QueryTimeInterval timespan = new QueryTimeInterval(days.start().atStartOfDay().atOffset(ZoneOffset.UTC),
                days.end().atStartOfDay().atOffset(ZoneOffset.UTC));
        LogsQueryResult result;
        try {
            result = client.queryWorkspaceWithResponse(workspaceId, query.kql(), timespan,
                    new LogsQueryOptions().setServerTimeout(azure.properties().queryTimeout()), Context.NONE)
                    .getValue();
        } catch (HttpResponseException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == NO_CONTENT) {
                return new LogsTable(List.of(), List.of());
            }
            throw failed(workspaceId, query, e);
        } catch (AzureException | IllegalStateException e) {
            throw failed(workspaceId, query, e);
        }
        if (result.getQueryResultStatus() != LogsQueryResultStatus.SUCCESS) {
            String error = result.getError() == null ? "(no error given)"
                    : result.getError().getCode() + " " + result.getError().getMessage();
            throw new LogQueryFailedException(workspaceId, query, "the answer's status is "
                    + result.getQueryResultStatus() + ", so its data is incomplete: " + error);
        }
        if (result.getTable() == null) {
            throw new LogQueryFailedException(workspaceId, query, "the answer has no result table");
        }
        return table(result.getTable());
    }

    @Override
    public String describe(String workspaceId, LogQuery query) {
        return azure.properties().logsEndpoint() + "/workspaces/" + workspaceId + "/query (" + query.queryName() + ")";
    }

    /**
     * The client's table, as text. Its column list comes back empty (azure-monitor-query 1.5), but every cell knows
     * its column, so the columns are read off the first row; an answer without rows has none, like a 204.
     */
    private static LogsTable table(com.azure.monitor.query.models.LogsTable answer) {
        List<LogsTable.Column> columns = new ArrayList<>();
        if (!answer.getRows().isEmpty()) {
            for (LogsTableCell cell : answer.getRows().get(0).getRow()) {
                columns.add(new LogsTable.Column(cell.getColumnName(), String.valueOf(cell.getColumnType())));
            }
        }
        List<List<String>> rows = new ArrayList<>(answer.getRows().size());
        for (LogsTableRow row : answer.getRows()) {
            List<String> cells = new ArrayList<>(row.getRow().size());
            for (LogsTableCell cell : row.getRow()) {
                cells.add(cell.getValueAsString());
            }
            rows.add(cells);
        }
        return new LogsTable(columns, rows);
    }

    private SourceUnavailableException failed(String workspaceId, LogQuery query, RuntimeException e) {
        return new SourceUnavailableException("Log Analytics workspace " + workspaceId + ", query '"
                + query.queryName() + "' cannot be run at " + azure.properties().logsEndpoint() + ": "
                + AzureFailures.describe(e, "Log Analytics Reader on the workspace"), e);
    }
}
