package io.kubeledger.report;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.run.RunWindow;
import io.kubeledger.config.Phase;
import io.kubeledger.report.MonthlyReportTasklet.ReportPublication;
import io.kubeledger.report.MonthlyReportTasklet.ReportRun;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.source.BlobPublisher;

/**
 * The report step: the month's workbook, executive PDF and team statements, from the
 * lake.
 */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

    @Bean
    MonthlyReportLoader monthlyReportLoader(KubeledgerProperties properties) {
        return new MonthlyReportLoader(properties.lakeDir(), properties.clusters().stream().map(Cluster::name).toList(),
                properties.threads(), properties.billing().costColumn(), properties.reports().statementChanges(),
                properties.reports().trendMonths());
    }

    @Bean
    @JobScope
    BuiltReport builtReport() {
        return new BuiltReport();
    }

    @Bean
    @StepScope
    MonthlyReportTasklet monthlyReportTasklet(KubeledgerProperties properties, BuiltReport builtReport,
            ObjectProvider<BlobPublisher> blobPublisher, RunWindow window, MonthlyReportLoader monthlyReportLoader,
            IndependentTasks independentTasks) {
        ReportRun run = new ReportRun(properties.lakeDir(), properties.shard().count(), window.reportDate(),
                properties.currency(), properties.outputDir(), SplitExplanation.paragraphs(properties.sharedCostSplit(),
                        properties.idleSplit(), properties.sharedNamespaces()),
                independentTasks, properties.overwriteLaterReports());
        ReportPublication publication = properties.reportsUrl() == null ? null
                : new ReportPublication(blobPublisher.getObject(), BlobFolder.parse(properties.reportsUrl()));
        // A run that computed has the lake it reads; a reports run reads what the shards
        // published.
        LakeDownload download = properties.phase() == Phase.REPORTS && properties.lakeUrl() != null
                ? new LakeDownload(blobPublisher.getObject(), BlobFolder.parse(properties.lakeUrl()),
                        properties.lakeDir(), properties.reports().trendMonths())
                : null;
        return new MonthlyReportTasklet(monthlyReportLoader, builtReport, new WorkbookReportWriter(),
                new PdfReportWriter(), run, publication, download);
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MonthlyReportTasklet monthlyReportTasklet) {
        return new StepBuilder("reportStep", jobRepository).tasklet(monthlyReportTasklet, transactionManager).build();
    }

}
