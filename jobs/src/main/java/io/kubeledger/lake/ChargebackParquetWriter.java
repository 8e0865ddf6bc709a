package io.kubeledger.lake;

import static io.kubeledger.lake.ParquetFile.money;
import static io.kubeledger.lake.ParquetFile.moneyColumn;
import static io.kubeledger.lake.ParquetFile.text;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/** Writes {@link FocusRow}s to one Parquet file of the {@code chargeback} dataset. */
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

    private final ParquetFile parquet;

    public ChargebackParquetWriter(Path file) {
        this.parquet = new ParquetFile(file, SCHEMA, List.of("ChargeDescription", "Tags"));
    }

    public void write(FocusRow row) {
        Group g = parquet.row();
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
        parquet.write(g);
    }

    private static void timestamp(Group g, String column, Instant instant) {
        g.append(column, instant.toEpochMilli());
    }

    @Override
    public void close() {
        parquet.close();
    }
}
