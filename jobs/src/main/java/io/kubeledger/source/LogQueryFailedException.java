package io.kubeledger.source;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A Log Analytics answer that cannot be trusted as complete: a partial error, a missing
 * contract column, a body that is not the query API's format. The run fails, naming the
 * workspace, the query and the problem, because incomplete data must never look complete.
 */
public class LogQueryFailedException extends RuntimeException implements ExitCodeGenerator {

    public LogQueryFailedException(String workspaceId, LogQuery query, String problem) {
        super("Log Analytics workspace " + workspaceId + ", query '" + query.queryName() + "': " + problem);
    }

    /**
     * EX_UNAVAILABLE of sysexits.h: a source is unavailable now; a later run may find it.
     */
    @Override
    public int getExitCode() {
        return 69;
    }

}
