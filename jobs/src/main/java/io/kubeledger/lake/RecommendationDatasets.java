package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.RecommendationRepository;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * The {@code rightsizing} and {@code log-tables} datasets: the recommendations as of {@code reportDate}, one partition
 * per run, so the lake keeps each day's view and a rerun replaces it.
 */
final class RecommendationDatasets {

    private RecommendationDatasets() {
    }

    static LakeDataset rightsizing(RecommendationRepository repository, LocalDate reportDate, long runId) {
        return new Dataset("rightsizing", reportDate, file -> {
            List<ContainerRecommendation> recommendations = repository.containers(runId);
            try (RightsizingParquetWriter parquet = new RightsizingParquetWriter(file)) {
                recommendations.forEach(parquet::write);
            }
            return recommendations.size();
        });
    }

    static LakeDataset logTables(RecommendationRepository repository, LocalDate reportDate, long runId) {
        return new Dataset("log-tables", reportDate, file -> {
            List<TablePlanRecommendation> recommendations = repository.tables(runId);
            try (LogTablesParquetWriter parquet = new LogTablesParquetWriter(file)) {
                recommendations.forEach(parquet::write);
            }
            return recommendations.size();
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
