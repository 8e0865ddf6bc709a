package io.kubeledger.chargeback;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.kubeledger.ingest.QuarantineWriter;

/**
 * The run's quarantine file of export rows, {@code quarantine/<reportDate>/opencost.jsonl}, shared by the clusters'
 * partitions. It listens to the {@code allocationStep}, so the file is emptied before any partition starts, even when
 * no row turns out bad, and closed once all are done.
 */
public class ExportQuarantine implements StepExecutionListener {

    private final Path outputDir;
    private volatile QuarantineWriter writer;

    public ExportQuarantine(Path outputDir) {
        this.outputDir = outputDir;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        LocalDate reportDate = stepExecution.getJobParameters().getLocalDate("reportDate");
        writer = new QuarantineWriter(outputDir.resolve("quarantine").resolve(reportDate.toString())
                .resolve("opencost.jsonl"));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        writer.close();
        return null;
    }

    QuarantineWriter writer() {
        return writer;
    }
}
