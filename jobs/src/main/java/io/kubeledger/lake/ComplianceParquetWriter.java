package io.kubeledger.lake;

import static io.kubeledger.lake.ParquetFile.text;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;

import java.nio.file.Path;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

import io.kubeledger.compliance.Finding;

/** Writes compliance findings to one Parquet file of the {@code compliance} dataset. */
final class ComplianceParquetWriter implements AutoCloseable {

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("cluster")
            .required(BINARY).as(stringType()).named("cluster_resource_id")
            .required(BINARY).as(stringType()).named("check")
            .required(BINARY).as(stringType()).named("status")
            .required(BINARY).as(stringType()).named("severity")
            .required(BINARY).as(stringType()).named("detail")
            .named("compliance");

    private final ParquetFile parquet;

    ComplianceParquetWriter(Path file) {
        this.parquet = new ParquetFile(file, SCHEMA);
    }

    void write(Finding finding, String clusterResourceId) {
        Group g = parquet.row();
        text(g, "cluster", finding.cluster());
        text(g, "cluster_resource_id", clusterResourceId);
        text(g, "check", finding.check());
        text(g, "status", finding.status().value());
        text(g, "severity", finding.severity().value());
        text(g, "detail", finding.detail());
        parquet.write(g);
    }

    @Override
    public void close() {
        parquet.close();
    }
}
