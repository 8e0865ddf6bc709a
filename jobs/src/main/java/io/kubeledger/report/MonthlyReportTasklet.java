package io.kubeledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BiConsumer;

import io.kubeledger.RunWindow;
import io.kubeledger.report.MonthlyReport.InputCounts;
import io.kubeledger.source.BlobFolder;
import io.kubeledger.source.BlobPublisher;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the month's workbook and PDF to {@code reports/YYYY-MM/kubeledger-YYYY-MM.{xlsx,pdf}}. Each file is written
 * aside and moved into place, so a reader finds the previous report or the new one, never half of one. With
 * {@code reports-url} set, the month's folder is then published under it.
 */
public class MonthlyReportTasklet implements Tasklet {

    private final MonthlyReportLoader loader;
    private final WorkbookReportWriter workbook;
    private final PdfReportWriter pdf;
    private final ReportRun run;
    private final ReportPublication publication;

    /** What the tasklet needs of the run. */
    public record ReportRun(long runId, RunWindow window, String currency, Path outputDir, List<String> explanation,
            InputCounts inputs) {
    }

    /** Where the reports are published besides the output folder, if anywhere. */
    public record ReportPublication(BlobPublisher publisher, BlobFolder reports) {
    }

    public MonthlyReportTasklet(MonthlyReportLoader loader, WorkbookReportWriter workbook, PdfReportWriter pdf,
            ReportRun run, ReportPublication publication) {
        this.loader = loader;
        this.workbook = workbook;
        this.pdf = pdf;
        this.run = run;
        this.publication = publication;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthlyReport report = loader.load(run.runId(), run.window(), run.currency(), run.explanation(),
                run.inputs());
        String month = report.month().toString();
        Path folder = run.outputDir().resolve("reports").resolve(month);
        Path xlsx = folder.resolve("kubeledger-" + month + ".xlsx");
        Path pdfFile = folder.resolve("kubeledger-" + month + ".pdf");
        replace(xlsx, report, workbook::write);
        replace(pdfFile, report, pdf::write);
        if (publication != null) {
            publication.publisher().replaceFolder(publication.reports().resolve(month), List.of(xlsx, pdfFile));
        }
        return RepeatStatus.FINISHED;
    }

    private static void replace(Path file, MonthlyReport report, BiConsumer<MonthlyReport, Path> write) {
        Path staging = file.resolveSibling("." + file.getFileName() + ".tmp");
        write.accept(report, staging);
        try {
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + file, e);
        }
    }
}
