package io.kubeledger.source;

import io.kubeledger.run.DayRange;

/** Where Log Analytics query answers come from: the local snapshot, or the query API. */
public interface LogAnalyticsSource {

    /**
     * Runs a named query over some days in one workspace. The answer may hold other days
     * too.
     * @throws LogQueryFailedException when the answer is partial or not in the query
     * API's format
     * @throws SourceUnavailableException when there is no answer to be had; the message
     * names workspace and query
     */
    LogsTable query(String workspaceId, LogQuery query, DayRange days);

    /** Where the answer to a query comes from, as the quarantine records it. */
    String describe(String workspaceId, LogQuery query);

}
