package io.kubeledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.kubeledger.compliance.Status;
import io.kubeledger.config.BlobFolder;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.source.BlobPublisher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the month's workbook, executive PDF and team statements ({@link ReportFiles})
 * from the lake's run of the report date, unless the lake holds a later run of the month:
 * its reports are kept, as a run for an earlier day would replace a final report with a
 * month-to-date one. Each file is written aside and moved into place, so a reader finds
 * the previous report or the new one, never half of one. With {@code reports-url} set,
 * the month's folder is then published under it. A {@code reports} run with
 * {@code lake-url} set first downloads the month's lake from there.
 */
public class MonthlyReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportTasklet.class);

    private final MonthlyReportLoader loader;

    private final WorkbookReportWriter workbook;

    private final PdfReportWriter pdf;

    private final ReportRun run;

    private final ReportPublication publication;

    private final LakeDownload download;

    private final BuiltReport built;

    /**
     * What the tasklet needs of the run: the lake and its shards, the report date, where
     * the reports go.
     */
    public record ReportRun(Path lake, int shards, LocalDate reportDate, String currency, Path outputDir,
            List<String> explanation, IndependentTasks threads, boolean overwriteLaterReports) {
    }

    /** Where the reports are published besides the output folder, if anywhere. */
    public record ReportPublication(BlobPublisher publisher, BlobFolder reports) {
    }

    public MonthlyReportTasklet(MonthlyReportLoader loader, BuiltReport built, WorkbookReportWriter workbook,
            PdfReportWriter pdf, ReportRun run, ReportPublication publication, LakeDownload download) {
        this.loader = loader;
        this.built = built;
        this.workbook = workbook;
        this.pdf = pdf;
        this.run = run;
        this.publication = publication;
        this.download = download;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (download != null) {
            download.month(YearMonth.from(run.reportDate()));
        }
        Optional<LocalDate> laterRun = LakeMonth.laterRun(run.lake(), run.reportDate());
        if (laterRun.isPresent() && !run.overwriteLaterReports()) {
            YearMonth month = YearMonth.from(run.reportDate());
            LOG.warn("the reports of {} are those of a later run, through {}: kept as they are "
                    + "(kubeledger.overwrite-later-reports: true replaces them)", month, laterRun.get());
            ReportResult.RESULT.put(jobContext(chunkContext), ReportResult
                .kept("month " + month + ": reports of the later run through " + laterRun.get() + " kept"));
            return RepeatStatus.FINISHED;
        }
        MonthlyReport report = loader.load(LakeMonth.of(run.lake(), run.reportDate(), run.shards()), run.currency(),
                run.explanation());
        built.keep(report);
        YearMonth month = report.month();
        Path xlsx = ReportFiles.workbook(run.outputDir(), month);
        Path executive = ReportFiles.executive(run.outputDir(), month);
        Map<Path, Consumer<Path>> writers = new LinkedHashMap<>();
        writers.put(xlsx, file -> workbook.write(report, file));
        writers.put(executive, file -> pdf.write(ExecutiveReport.document(report), file));
        writers.putAll(statements(report));
        // The files are independent of each other, so every core writes them, the
        // workbook (the biggest) first.
        run.threads()
            .run("report",
                    writers.entrySet()
                        .stream()
                        .<Runnable>map(writer -> () -> replace(writer.getKey(), writer.getValue()))
                        .toList());
        List<Path> files = List.copyOf(writers.keySet());
        removeStaleStatements(report.month(), files);
        if (publication != null) {
            publication.publisher()
                .replaceFolder(publication.reports().resolve(month.toString()),
                        ReportFiles.folder(run.outputDir(), month), files);
        }
        contribution.incrementWriteCount(files.size());
        ReportResult.RESULT.put(jobContext(chunkContext),
                new ReportResult(headline(report), report.total(), report.billedTotal()));
        return RepeatStatus.FINISHED;
    }

    /** The job's context, which the summary and the metrics read when the job ends. */
    private static ExecutionContext jobContext(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    private static String headline(MonthlyReport report) {
        return String.format(Locale.ROOT,
                "month %s (%s): %,.2f %s; potential savings %,.2f %s a month; " + "compliance: %d fail, %d warn",
                report.month(), report.words().status(), report.total(), report.currency(),
                report.rightsizing().potentialSavings(), report.currency(), report.findings(Status.FAIL),
                report.findings(Status.WARN));
    }

    /**
     * One statement per team of the month, and the shared namespaces' for the platform
     * owner where it has changes.
     */
    private Map<Path, Consumer<Path>> statements(MonthlyReport report) {
        Map<Path, Consumer<Path>> statements = new LinkedHashMap<>();
        List<TeamCost> teams = new ArrayList<>(report.teams());
        report.platformStatement().filter(shared -> !teams.contains(shared)).ifPresent(teams::add);
        for (TeamCost team : teams) {
            statements.put(ReportFiles.statement(run.outputDir(), report.month(), team.team()),
                    file -> pdf.write(TeamStatement.document(report, team), file));
        }
        return statements;
    }

    /** Statements of teams no longer charged are removed. */
    private void removeStaleStatements(YearMonth month, List<Path> files) {
        if (!Files.isDirectory(ReportFiles.teams(run.outputDir(), month))) {
            return;
        }
        try (Stream<Path> existing = Files.list(ReportFiles.teams(run.outputDir(), month))) {
            for (Path stale : existing.filter(file -> !files.contains(file)).toList()) {
                Files.delete(stale);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear old team statements", e);
        }
    }

    private static void replace(Path file, Consumer<Path> write) {
        Path staging = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            write.accept(staging);
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + file, e);
        }
    }

}
