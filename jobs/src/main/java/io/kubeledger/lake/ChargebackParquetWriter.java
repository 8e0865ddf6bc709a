package io.kubeledger.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/** Writes {@link FocusRow}s to one Parquet file; the only class that knows Parquet. */
public final class ChargebackParquetWriter implements AutoCloseable {

    /** Money columns: DECIMAL(38, 12), exact to far below a cent and wide enough for any fleet. */
    public static final int MONEY_PRECISION = 38;
    public static final int MONEY_SCALE = 12;
    private static final int MONEY_BYTES = 16;

    static final MessageType SCHEMA = Types.buildMessage()
            .required(FIXED_LEN_BYTE_ARRAY).length(MONEY_BYTES).as(decimalType(MONEY_SCALE, MONEY_PRECISION)).named("BilledCost")
            .required(FIXED_LEN_BYTE_ARRAY).length(MONEY_BYTES).as(decimalType(MONEY_SCALE, MONEY_PRECISION)).named("EffectiveCost")
            .required(FIXED_LEN_BYTE_ARRAY).length(MONEY_BYTES).as(decimalType(MONEY_SCALE, MONEY_PRECISION)).named("ListCost")
            .required(FIXED_LEN_BYTE_ARRAY).length(MONEY_BYTES).as(decimalType(MONEY_SCALE, MONEY_PRECISION)).named("ContractedCost")
            .optional(FIXED_LEN_BYTE_ARRAY).length(MONEY_BYTES).as(decimalType(MONEY_SCALE, MONEY_PRECISION)).named("PricingQuantity")
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
            .named("chargeback");

    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

    public ChargebackParquetWriter(Path file) {
        try {
            this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withConf(new PlainParquetConfiguration())
                    .withType(SCHEMA)
                    .withCodecFactory(new SnappyCodecFactory())
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    public void write(FocusRow row) {
        Group g = groups.newGroup();
        money(g, "BilledCost", row.billedCost());
        money(g, "EffectiveCost", row.effectiveCost());
        money(g, "ListCost", row.listCost());
        money(g, "ContractedCost", row.contractedCost());
        timestamp(g, "BillingPeriodStart", row.billingPeriodStart());
        timestamp(g, "BillingPeriodEnd", row.billingPeriodEnd());
        timestamp(g, "ChargePeriodStart", row.chargePeriodStart());
        timestamp(g, "ChargePeriodEnd", row.chargePeriodEnd());
        text(g, "BillingAccountId", row.billingAccountId());
        text(g, "BillingCurrency", row.billingCurrency());
        text(g, "ChargeCategory", row.chargeCategory());
        text(g, "ChargeDescription", row.chargeDescription());
        text(g, "ChargeFrequency", row.chargeFrequency());
        text(g, "InvoiceIssuerName", row.invoiceIssuerName());
        text(g, "ProviderName", row.providerName());
        text(g, "PublisherName", row.publisherName());
        text(g, "ServiceCategory", row.serviceCategory());
        text(g, "ServiceName", row.serviceName());
        text(g, "ResourceId", row.resourceId());
        text(g, "ResourceName", row.resourceName());
        text(g, "ResourceType", row.resourceType());
        text(g, "SubAccountId", row.subAccountId());
        text(g, "Tags", row.tags());
        text(g, "x_Team", row.team());
        text(g, "x_CostCenter", row.costCenter());
        text(g, "x_Cluster", row.cluster());
        text(g, "x_Namespace", row.namespace());
        text(g, "x_CostKind", row.costKind());
        text(g, "x_Allocation", row.allocation());
        g.append("x_TeamRegistered", row.teamRegistered());
        g.append("x_SourceRowCount", row.sourceRowCount());
        try {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a chargeback row", e);
        }
    }

    private static void money(Group g, String column, BigDecimal amount) {
        byte[] unscaled = amount.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY).unscaledValue().toByteArray();
        byte[] fixed = new byte[MONEY_BYTES];
        byte sign = (byte) (amount.signum() < 0 ? 0xFF : 0x00);
        int pad = MONEY_BYTES - unscaled.length;
        for (int i = 0; i < pad; i++) {
            fixed[i] = sign;
        }
        System.arraycopy(unscaled, 0, fixed, pad, unscaled.length);
        g.append(column, Binary.fromConstantByteArray(fixed));
    }

    private static void timestamp(Group g, String column, Instant instant) {
        g.append(column, instant.toEpochMilli());
    }

    private static void text(Group g, String column, String value) {
        if (value != null) {
            g.append(column, value);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a chargeback Parquet file", e);
        }
    }
}
