package io.kubeledger.lake;

import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes {@link FocusRow}s straight to Parquet's record consumer, cell by cell in the schema's order: no intermediate
 * row object, the amount's 16 bytes made once for the four cost columns, and each text encoded to UTF-8 once per month
 * ({@link EncodedTexts}).
 */
final class FocusRowWriteSupport extends WriteSupport<FocusRow> {

    private final MessageType schema;
    /** The columns' names by index, which the record consumer asks for at every cell. */
    private final String[] names;
    private final EncodedTexts texts;
    /**
     * Each column's last text and its bytes: the day's lines come by cluster and namespace, and the mapper gives every
     * row of a cluster or resource the same instances, so most cells repeat the cell above and skip the lookup.
     */
    private final String[] lastTexts;
    private final Binary[] lastBytes;
    private RecordConsumer consumer;
    private int field;

    FocusRowWriteSupport(MessageType schema, EncodedTexts texts) {
        this.schema = schema;
        this.texts = texts;
        this.names = schema.getFields().stream().map(Type::getName).toArray(String[]::new);
        this.lastTexts = new String[names.length];
        this.lastBytes = new Binary[names.length];
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    /** Parquet calls the Hadoop variant only when given a Hadoop configuration, which the lake never does. */
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public String getName() {
        return "kubeledger";
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    /** The row's cells in the order of {@link ChargebackParquetWriter#SCHEMA}; a null leaves an optional cell empty. */
    @Override
    public void write(FocusRow row) {
        consumer.startMessage();
        field = 0;
        Binary cost = ParquetFile.money(row.billedCost());
        binary(cost); // BilledCost, EffectiveCost, ListCost, ContractedCost: the same amount (FocusRowMapper)
        binary(row.effectiveCost() == row.billedCost() ? cost : ParquetFile.money(row.effectiveCost()));
        binary(row.listCost() == row.billedCost() ? cost : ParquetFile.money(row.listCost()));
        binary(row.contractedCost() == row.billedCost() ? cost : ParquetFile.money(row.contractedCost()));
        skip(); // PricingQuantity
        skip(); // PricingUnit
        int64(row.billingPeriodStart().toEpochMilli());
        int64(row.billingPeriodEnd().toEpochMilli());
        int64(row.chargePeriodStart().toEpochMilli());
        int64(row.chargePeriodEnd().toEpochMilli());
        text(row.billingAccountId());
        text(row.billingAccountName());
        text(row.billingCurrency());
        text(row.chargeCategory());
        skip(); // ChargeClass
        text(row.chargeDescription());
        text(row.chargeFrequency());
        text(row.invoiceIssuerName());
        text(row.providerName());
        text(row.publisherName());
        text(row.regionId());
        text(row.regionName());
        text(row.serviceCategory());
        text(row.serviceName());
        text(row.resourceId());
        text(row.resourceName());
        text(row.resourceType());
        text(row.subAccountId());
        text(row.subAccountName());
        text(row.tags());
        text(row.team());
        text(row.costCenter());
        text(row.cluster());
        text(row.namespace());
        text(row.costKind());
        text(row.allocation());
        startField();
        consumer.addBoolean(row.teamRegistered());
        endField();
        int64(row.sourceRowCount());
        text(row.costBucket());
        text(row.costStatus());
        if (field != names.length) {
            throw new IllegalStateException("wrote " + field + " cells of the " + names.length + " columns");
        }
        consumer.endMessage();
    }

    private void text(String value) {
        if (value != null && value != lastTexts[field]) {
            lastTexts[field] = value;
            lastBytes[field] = texts.of(value);
        }
        binary(value == null ? null : lastBytes[field]);
    }

    private void binary(Binary value) {
        if (value == null) {
            skip();
            return;
        }
        startField();
        consumer.addBinary(value);
        endField();
    }

    private void int64(long value) {
        startField();
        consumer.addLong(value);
        endField();
    }

    private void skip() {
        field++;
    }

    private void startField() {
        consumer.startField(names[field], field);
    }

    private void endField() {
        consumer.endField(names[field], field);
        field++;
    }
}
