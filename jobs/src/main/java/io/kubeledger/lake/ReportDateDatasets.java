package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kubeledger.chargeback.ComputeCost;
import io.kubeledger.chargeback.ComputeCosts;
import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Findings;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.lake.LakeSchemas.ComplianceRow;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.Recommendations;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * The datasets as of {@code reportDate} ({@code rightsizing}, {@code log-tables},
 * {@code compliance}, {@code compute}): one partition per run, so the lake keeps each
 * day's view and a rerun replaces it.
 */
final class ReportDateDatasets {

    private ReportDateDatasets() {
    }

    static LakeDataset rightsizing(Recommendations recommendations, LocalDate reportDate) {
        return new Dataset(LakePartitions.RIGHTSIZING, reportDate, file -> {
            List<ContainerRecommendation> containers = recommendations.containers();
            try (LakeFile<ContainerRecommendation> parquet = new LakeFile<>(file, LakeSchemas.RIGHTSIZING)) {
                containers.forEach(parquet::write);
            }
            return containers.size();
        });
    }

    static LakeDataset logTables(Recommendations recommendations, LocalDate reportDate) {
        return new Dataset(LakePartitions.LOG_TABLES, reportDate, file -> {
            List<TablePlanRecommendation> tables = recommendations.tables();
            try (LakeFile<TablePlanRecommendation> parquet = new LakeFile<>(file, LakeSchemas.LOG_TABLES)) {
                tables.forEach(parquet::write);
            }
            return tables.size();
        });
    }

    static LakeDataset compliance(Findings findings, List<Cluster> clusters, LocalDate reportDate) {
        Map<String, String> resourceIds = clusters.stream()
            .collect(Collectors.toMap(Cluster::name, Cluster::resourceId));
        return new Dataset(LakePartitions.COMPLIANCE, reportDate, file -> {
            List<Finding> all = findings.all();
            try (LakeFile<ComplianceRow> parquet = new LakeFile<>(file, LakeSchemas.COMPLIANCE)) {
                all.forEach(finding -> parquet.write(new ComplianceRow(finding, resourceIds.get(finding.cluster()))));
            }
            return all.size();
        });
    }

    static LakeDataset compute(ComputeCosts costs, LocalDate reportDate) {
        return new Dataset(LakePartitions.COMPUTE, reportDate, file -> {
            List<ComputeCost> all = costs.all();
            try (LakeFile<ComputeCost> parquet = new LakeFile<>(file, LakeSchemas.COMPUTE)) {
                all.forEach(parquet::write);
            }
            return all.size();
        });
    }

    private interface PartitionWriter {

        long write(Path file);

    }

    private record Dataset(String name, LocalDate reportDate, PartitionWriter writer) implements LakeDataset {

        @Override
        public List<LocalDate> dates() {
            return List.of(reportDate);
        }

        @Override
        public long write(LocalDate date, Path file) {
            return writer.write(file);
        }
    }

}
