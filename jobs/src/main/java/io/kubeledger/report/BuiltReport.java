package io.kubeledger.report;

import java.util.Optional;

/**
 * The month's report as the {@code reportStep} built it from the lake, for the
 * {@code mailStep}'s letters. Job-scoped, like every hand-off of a run's data between its
 * steps. None when the step kept the reports of a later run.
 */
public class BuiltReport {

    private volatile MonthlyReport report;

    void keep(MonthlyReport built) {
        report = built;
    }

    public Optional<MonthlyReport> report() {
        return Optional.ofNullable(report);
    }

}
