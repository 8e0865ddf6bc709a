package io.kubeledger.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * The run's compliance findings, for the lake, in the order they were found: cluster by
 * cluster in the configured order, check by check. Job-scoped, like every hand-off of a
 * run's data between its steps.
 */
public class Findings {

    private volatile List<Finding> all = List.of();

    void keep(List<List<Finding>> byCluster) {
        List<Finding> findings = new ArrayList<>();
        byCluster.forEach(findings::addAll);
        all = List.copyOf(findings);
    }

    public List<Finding> all() {
        return all;
    }

}
