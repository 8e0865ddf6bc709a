package io.kubeledger.source;

import io.kubeledger.RunWindow;

/** Where Log Analytics query answers come from: the local snapshot, or the query API. */
public interface LogAnalyticsSource {

    /**
     * Runs a named query over the run's window in one workspace. The answer may hold days outside the window.
     *
     * @throws LogQueryFailedException when the answer is partial or not in the query API's format
     * @throws SourceUnavailableException when there is no answer to be had; the message names workspace and query
     */
    LogsTable query(String workspaceId, LogQuery query, RunWindow window);

    /** Where the answer to a query comes from, as the quarantine records it. */
    String describe(String workspaceId, LogQuery query);
}
