package io.kubeledger.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.util.Context;
import com.azure.monitor.query.LogsQueryClient;
import com.azure.core.models.ResponseError;
import com.azure.monitor.query.models.LogsQueryOptions;
import com.azure.monitor.query.models.LogsQueryResult;
import com.azure.monitor.query.models.LogsQueryResultStatus;
import com.azure.monitor.query.models.LogsTableCell;
import com.azure.monitor.query.models.LogsTableRow;
import com.azure.monitor.query.models.QueryTimeInterval;

import io.kubeledger.run.DayRange;

/**
 * Runs the named queries with the query API's client, over the run's window and with a
 * server timeout. The client does not throw on a partial error, so the status is checked
 * here. A workspace with no data answers 204, which is an empty answer, not a failure.
 * The service cuts an answer over its limits (500,000 rows, 64 MB) with a partial error,
 * which the client reports without the inner error that would say so: a window with a
 * partial answer is asked again in halves, down to single days, and the halves' answers
 * put together; a day whose answer is still partial fails the run, naming workspace,
 * query and day.
 */
public class AzureLogAnalyticsSource implements LogAnalyticsSource {

    private static final int NO_CONTENT = 204;

    private static final Logger LOG = LoggerFactory.getLogger(AzureLogAnalyticsSource.class);

    private final LogsQueryClient client;

    private final AzureClients azure;

    public AzureLogAnalyticsSource(AzureClients azure) {
        this.azure = azure;
        this.client = azure.logs();
    }

    @Override
    public LogsTable query(String workspaceId, LogQuery query, DayRange days) {
        LogsQueryResult result = ask(workspaceId, query, days);
        if (result == null) {
            return new LogsTable(List.of(), List.of());
        }
        if (result.getQueryResultStatus() != LogsQueryResultStatus.SUCCESS) {
            List<LocalDate> each = days.days();
            if (each.size() == 1) {
                throw new LogQueryFailedException(workspaceId, query,
                        "the answer for " + days.start() + " alone is " + result.getQueryResultStatus() + " ("
                                + describe(result.getError()) + "): over the query "
                                + "API's limits (500,000 rows, 64 MB) or failed in part, its data is incomplete");
            }
            LocalDate middle = each.get(each.size() / 2);
            LOG.info("Log Analytics workspace {}, query '{}': the answer for {} is {} ({}), so its halves are asked",
                    workspaceId, query.queryName(), days, result.getQueryResultStatus(), describe(result.getError()));
            return query(workspaceId, query, new DayRange(days.start(), middle))
                .plus(query(workspaceId, query, new DayRange(middle, days.end())));
        }
        if (result.getTable() == null) {
            throw new LogQueryFailedException(workspaceId, query, "the answer has no result table");
        }
        return table(result.getTable());
    }

    /** The service's answer for the days; null for a 204 (no data). */
    private LogsQueryResult ask(String workspaceId, LogQuery query, DayRange days) {
        QueryTimeInterval timespan = new QueryTimeInterval(days.start().atStartOfDay().atOffset(ZoneOffset.UTC),
                days.end().atStartOfDay().atOffset(ZoneOffset.UTC));
        try {
            return client
                .queryWorkspaceWithResponse(workspaceId, query.kql(), timespan,
                        new LogsQueryOptions().setServerTimeout(azure.properties().queryTimeout()), Context.NONE)
                .getValue();
        }
        catch (HttpResponseException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == NO_CONTENT) {
                return null;
            }
            throw failed(workspaceId, query, e);
        }
        catch (RuntimeException e) {
            throw failed(workspaceId, query, e);
        }
    }

    private static String describe(ResponseError error) {
        return error == null ? "(no error given)" : error.getCode() + " " + error.getMessage();
    }

    @Override
    public String describe(String workspaceId, LogQuery query) {
        return azure.properties().logsEndpoint() + "/workspaces/" + workspaceId + "/query (" + query.queryName() + ")";
    }

    /**
     * The client's table, as text. Its column list comes back empty (azure-monitor-query
     * 1.5), but every cell knows its column, so the columns are read off the first row;
     * an answer without rows has none, like a 204.
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

    private RuntimeException failed(String workspaceId, LogQuery query, RuntimeException e) {
        return AzureFailures.unavailable(e, "Log Analytics workspace " + workspaceId + ", query '" + query.queryName()
                + "' cannot be run at " + azure.properties().logsEndpoint(), "Log Analytics Reader on the workspace");
    }

}
