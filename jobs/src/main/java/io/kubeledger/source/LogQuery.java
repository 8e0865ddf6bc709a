package io.kubeledger.source;

import io.kubeledger.run.SqlFiles;

/**
 * The named Log Analytics queries a run asks each workspace. The KQL lives in
 * {@code sql/log-analytics/<name>.kql}; the local snapshot answers each from
 * {@code logs/<workspace-id>/<name>.json}.
 */
public enum LogQuery {

    USAGE("usage"), CONTAINER_LOGS("container-logs"), TABLE_QUERIES("table-queries");

    private final String queryName;

    LogQuery(String queryName) {
        this.queryName = queryName;
    }

    public String queryName() {
        return queryName;
    }

    public String kql() {
        return SqlFiles.load("log-analytics/" + queryName + ".kql");
    }

}
