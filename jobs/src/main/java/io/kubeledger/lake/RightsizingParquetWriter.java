package io.kubeledger.lake;

import static io.kubeledger.lake.ParquetFile.cents;
import static io.kubeledger.lake.ParquetFile.centsColumn;
import static io.kubeledger.lake.ParquetFile.text;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.nio.file.Path;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

import io.kubeledger.rightsizing.ContainerRecommendation;

/** Writes container recommendations to one Parquet file of the {@code rightsizing} dataset. */
final class RightsizingParquetWriter implements AutoCloseable {

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("cluster")
            .required(BINARY).as(stringType()).named("namespace")
            .required(BINARY).as(stringType()).named("controller_kind")
            .required(BINARY).as(stringType()).named("controller")
            .required(BINARY).as(stringType()).named("container")
            .required(BINARY).as(stringType()).named("team")
            .required(INT32).named("days_observed")
            .required(DOUBLE).named("cpu_request_cores")
            .required(DOUBLE).named("cpu_usage_avg_cores")
            .required(DOUBLE).named("cpu_usage_peak_daily_cores")
            .required(DOUBLE).named("cpu_recommended_cores")
            .required(DOUBLE).named("ram_request_bytes")
            .required(DOUBLE).named("ram_usage_avg_bytes")
            .required(DOUBLE).named("ram_usage_peak_daily_bytes")
            .required(DOUBLE).named("ram_recommended_bytes")
            .addField(centsColumn("monthly_savings"))
            .required(BINARY).as(stringType()).named("action")
            .required(BINARY).as(stringType()).named("reason")
            .named("rightsizing");

    private final ParquetFile parquet;

    RightsizingParquetWriter(Path file) {
        this.parquet = new ParquetFile(file, SCHEMA);
    }

    void write(ContainerRecommendation r) {
        Group g = parquet.row();
        text(g, "cluster", r.key().cluster());
        text(g, "namespace", r.key().namespace());
        text(g, "controller_kind", r.key().controllerKind());
        text(g, "controller", r.key().controller());
        text(g, "container", r.key().container());
        text(g, "team", r.team());
        g.append("days_observed", r.daysObserved());
        g.append("cpu_request_cores", r.cpuRequestCores());
        g.append("cpu_usage_avg_cores", r.cpuUsageAvgCores());
        g.append("cpu_usage_peak_daily_cores", r.cpuUsagePeakDailyCores());
        g.append("cpu_recommended_cores", r.cpuRecommendedCores());
        g.append("ram_request_bytes", r.ramRequestBytes());
        g.append("ram_usage_avg_bytes", r.ramUsageAvgBytes());
        g.append("ram_usage_peak_daily_bytes", r.ramUsagePeakDailyBytes());
        g.append("ram_recommended_bytes", r.ramRecommendedBytes());
        cents(g, "monthly_savings", r.monthlySavings());
        text(g, "action", r.action().value());
        text(g, "reason", r.reason());
        parquet.write(g);
    }

    @Override
    public void close() {
        parquet.close();
    }
}
