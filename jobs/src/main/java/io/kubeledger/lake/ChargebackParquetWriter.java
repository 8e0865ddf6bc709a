package io.kubeledger.lake;

import static io.kubeledger.lake.ParquetFile.moneyColumn;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/** Writes {@link FocusRow}s to one Parquet file of the {@code chargeback} dataset ({@link FocusRowWriteSupport}). */
public final class ChargebackParquetWriter implements AutoCloseable {

    static final MessageType SCHEMA = Types.buildMessage()
            .addField(moneyColumn(Repetition.REQUIRED, "BilledCost"))
            .addField(moneyColumn(Repetition.REQUIRED, "EffectiveCost"))
            .addField(moneyColumn(Repetition.REQUIRED, "ListCost"))
            .addField(moneyColumn(Repetition.REQUIRED, "ContractedCost"))
            .addField(moneyColumn(Repetition.OPTIONAL, "PricingQuantity"))
            .optional(BINARY).as(stringType()).named("PricingUnit")
            .required(INT64).as(timestampType(true, TimeUnit.MILLIS)).named("BillingPeriodStart")
            .required(INT64).as(timestampType(true, TimeUnit.MILLIS)).named("BillingPeriodEnd")
            .required(INT64).as(timestampType(true, TimeUnit.MILLIS)).named("ChargePeriodStart")
            .required(INT64).as(timestampType(true, TimeUnit.MILLIS)).named("ChargePeriodEnd")
            .required(BINARY).as(stringType()).named("BillingAccountId")
            .optional(BINARY).as(stringType()).named("BillingAccountName")
            .required(BINARY).as(stringType()).named("BillingCurrency")
            .required(BINARY).as(stringType()).named("ChargeCategory")
            .optional(BINARY).as(stringType()).named("ChargeClass")
            .optional(BINARY).as(stringType()).named("ChargeDescription")
            .optional(BINARY).as(stringType()).named("ChargeFrequency")
            .required(BINARY).as(stringType()).named("InvoiceIssuerName")
            .required(BINARY).as(stringType()).named("ProviderName")
            .required(BINARY).as(stringType()).named("PublisherName")
            .optional(BINARY).as(stringType()).named("RegionId")
            .optional(BINARY).as(stringType()).named("RegionName")
            .required(BINARY).as(stringType()).named("ServiceCategory")
            .required(BINARY).as(stringType()).named("ServiceName")
            .optional(BINARY).as(stringType()).named("ResourceId")
            .optional(BINARY).as(stringType()).named("ResourceName")
            .optional(BINARY).as(stringType()).named("ResourceType")
            .optional(BINARY).as(stringType()).named("SubAccountId")
            .optional(BINARY).as(stringType()).named("SubAccountName")
            .optional(BINARY).as(stringType()).named("Tags")
            .required(BINARY).as(stringType()).named("x_Team")
            .optional(BINARY).as(stringType()).named("x_CostCenter")
            .required(BINARY).as(stringType()).named("x_Cluster")
            .optional(BINARY).as(stringType()).named("x_Namespace")
            .required(BINARY).as(stringType()).named("x_CostKind")
            .required(BINARY).as(stringType()).named("x_Allocation")
            .required(BOOLEAN).named("x_TeamRegistered")
            .required(INT64).named("x_SourceRowCount")
            .optional(BINARY).as(stringType()).named("x_CostBucket")
            .required(BINARY).as(stringType()).named("x_CostStatus")
            .named("chargeback");

    private final Path file;
    private final ParquetWriter<FocusRow> writer;

    /** @param metadata the file's key-value metadata ({@link FocusMetadata}) */
    ChargebackParquetWriter(Path file, EncodedTexts texts, Map<String, String> metadata) {
        this.file = file;
        Builder builder = ParquetFile.configured(new Builder(file, texts), List.of("ChargeDescription", "Tags"))
                .withExtraMetaData(metadata);
        // Every day's file holds every team, cluster and namespace, and amounts from fractions of a cent to the
        // biggest: min/max statistics of its texts and amounts would never let a reader skip it, and they were a
        // quarter of writing it. The periods and counts keep theirs.
        Set<PrimitiveTypeName> textsAndAmounts = EnumSet.of(BINARY, FIXED_LEN_BYTE_ARRAY);
        SCHEMA.getFields().stream()
                .filter(field -> textsAndAmounts.contains(field.asPrimitiveType().getPrimitiveTypeName()))
                .forEach(field -> builder.withStatisticsEnabled(field.getName(), false));
        this.writer = ParquetFile.build(builder, file);
    }

    public void write(FocusRow row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a row to " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<FocusRow, Builder> {

        private final EncodedTexts texts;

        Builder(Path file, EncodedTexts texts) {
            super(new LocalOutputFile(file));
            this.texts = texts;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<FocusRow> getWriteSupport(ParquetConfiguration conf) {
            return new FocusRowWriteSupport(SCHEMA, texts);
        }

        @Override
        protected WriteSupport<FocusRow> getWriteSupport(Configuration conf) {
            return new FocusRowWriteSupport(SCHEMA, texts);
        }
    }
}
