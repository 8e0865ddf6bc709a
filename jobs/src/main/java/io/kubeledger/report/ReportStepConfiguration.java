package io.kubeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.KubeledgerProperties;
import io.kubeledger.RunWindow;
import io.kubeledger.compliance.FindingRepository;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.rightsizing.RecommendationRepository;
import io.kubeledger.report.MonthlyReport.InputCounts;
import io.kubeledger.report.MonthlyReportTasklet.ReportPublication;
import io.kubeledger.report.MonthlyReportTasklet.ReportRun;
import io.kubeledger.source.BlobFolder;
import io.kubeledger.source.BlobPublisher;

/** The report step: the month's workbook, executive PDF and team statements. */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

    @Bean
    MonthlyTotals monthlyTotals(NamedParameterJdbcTemplate jdbc) {
        return new MonthlyTotals(jdbc);
    }

    @Bean
    MonthlyReportLoader monthlyReportLoader(NamedParameterJdbcTemplate jdbc, RecommendationRepository recommendations,
            FindingRepository findings, MonthlyTotals monthlyTotals, ContainerLogSums containerLogSums) {
        return new MonthlyReportLoader(jdbc, recommendations, findings, monthlyTotals, containerLogSums);
    }

    @Bean
    @StepScope
    MonthlyReportTasklet monthlyReportTasklet(KubeledgerProperties properties,
            ObjectProvider<BlobPublisher> blobPublisher,
            @Value("#{stepExecution.jobExecution.id}") long runId,
            @Value("#{jobParameters['reportDate']}") LocalDate reportDate,
            @Value("#{jobExecutionContext['opencost.rowsRead'] ?: 0}") long opencostRowsRead,
            @Value("#{jobExecutionContext['opencost.rowsQuarantined'] ?: 0}") long opencostRowsQuarantined,
            @Value("#{jobExecutionContext['logs.rowsRead'] ?: 0}") long logRowsRead,
            @Value("#{jobExecutionContext['logs.rowsQuarantined'] ?: 0}") long logRowsQuarantined,
            @Value("#{jobExecutionContext['rightsizing.containersSeen'] ?: 0}") long containersSeen,
            @Value("#{jobExecutionContext['rightsizing.containersNotJudged'] ?: 0}") long containersNotJudged,
            @Value("#{jobExecutionContext['opencost.quarantinedByCluster'] ?: {:}}") Map<String, Long> quarantinedByCluster,
            @Value("#{jobExecutionContext['opencost.missingClusters'] ?: {}}") List<String> missingClusters,
            @Value("#{jobExecutionContext['opencost.creditRows'] ?: 0}") long creditRows,
            @Value("#{jobExecutionContext['opencost.credits'] ?: '0'}") BigDecimal credits,
            @Value("#{jobExecutionContext['rightsizing.rowsWithUnknownFigures'] ?: 0}") long rowsWithUnknownFigures,
            @Value("#{jobExecutionContext['opencost.invalidTeamLabels'] ?: {:}}") Map<String, String> invalidTeamLabels,
            @Value("#{jobExecutionContext}") Map<String, Object> job,
            MonthlyReportLoader monthlyReportLoader, MonthlyTotals monthlyTotals) {
        ReportRun run = new ReportRun(runId, new RunWindow(reportDate), properties.currency(), properties.outputDir(),
                SplitExplanation.paragraphs(properties.sharedCostSplit(), properties.idleSplit(),
                        properties.sharedNamespaces()),
                new InputCounts(opencostRowsRead, opencostRowsQuarantined, logRowsRead, logRowsQuarantined,
                        containersSeen, containersNotJudged, quarantinedByCluster, missingClusters, creditRows,
                        credits, rowsWithUnknownFigures, decimals(invalidTeamLabels)),
                BillingFromJob.of(job), properties.threads(), properties.overwriteLaterReports());
        ReportPublication publication = properties.reportsUrl() == null ? null
                : new ReportPublication(blobPublisher.getObject(), BlobFolder.parse(properties.reportsUrl()));
        return new MonthlyReportTasklet(monthlyReportLoader, new WorkbookReportWriter(),
                new PdfReportWriter(), run, publication, monthlyTotals);
    }

    private static Map<String, BigDecimal> decimals(Map<String, String> costs) {
        Map<String, BigDecimal> decimals = new LinkedHashMap<>();
        costs.forEach((key, cost) -> decimals.put(key, new BigDecimal(cost)));
        return decimals;
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MonthlyReportTasklet monthlyReportTasklet) {
        return new StepBuilder("reportStep", jobRepository).tasklet(monthlyReportTasklet, transactionManager).build();
    }
}
