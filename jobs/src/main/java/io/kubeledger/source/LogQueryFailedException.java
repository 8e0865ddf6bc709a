package io.kubeledger.source;

/**
 * A Log Analytics answer that cannot be trusted as complete: a partial error, a missing contract column, a body that
 * is not the query API's format. The run fails, naming the workspace, the query and the problem, because
 * incomplete data must never look complete.
 */
public class LogQueryFailedException extends RuntimeException {

    public LogQueryFailedException(String workspaceId, LogQuery query, String problem) {
        super("Log Analytics workspace " + workspaceId + ", query '" + query.queryName() + "': " + problem);
    }
}
