package io.kubeledger.lake;

import static io.kubeledger.lake.ParquetFile.money;
import static io.kubeledger.lake.ParquetFile.moneyColumn;
import static io.kubeledger.lake.ParquetFile.text;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

import io.kubeledger.chargeback.ComputeCost;

/** Writes each namespace's compute cost by CPU, memory and GPU to one Parquet file of the {@code compute} dataset. */
final class ComputeParquetWriter implements AutoCloseable {

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("cluster")
            .required(BINARY).as(stringType()).named("namespace")
            .addField(moneyColumn(Repetition.REQUIRED, "cpu_cost"))
            .addField(moneyColumn(Repetition.REQUIRED, "ram_cost"))
            .addField(moneyColumn(Repetition.REQUIRED, "gpu_cost"))
            .named("compute");

    private final ParquetFile parquet;

    ComputeParquetWriter(Path file) {
        this.parquet = new ParquetFile(file, SCHEMA);
    }

    void write(ComputeCost cost) {
        Group g = parquet.row();
        text(g, "cluster", cost.cluster());
        text(g, "namespace", cost.namespace());
        money(g, "cpu_cost", toScale(cost.cpu()));
        money(g, "ram_cost", toScale(cost.ram()));
        money(g, "gpu_cost", toScale(cost.gpu()));
        parquet.write(g);
    }

    /** Sums of the export's figures, which may have more decimals than the lake's 12: report figures, not charges. */
    private static BigDecimal toScale(BigDecimal amount) {
        return amount.setScale(ParquetFile.MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    @Override
    public void close() {
        parquet.close();
    }
}
