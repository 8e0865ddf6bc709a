package io.kubeledger.lake;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes a dataset's rows straight to Parquet's record consumer, cell by cell in its
 * schema's order: no intermediate row object, and each text encoded to UTF-8 once
 * ({@link EncodedTexts}). A cell holding the very value of the cell before it or of the
 * cell above it takes its bytes: the day's lines come by cluster and namespace with the
 * same instances for a cluster's or resource's texts, and a line's four costs are one
 * amount.
 */
final class LakeWriteSupport<T> extends WriteSupport<T> {

    private final MessageType schema;

    private final LakeColumn<T>[] columns;

    private final String[] names;

    private final EncodedTexts texts;

    private final Object[] lastValues;

    private final Binary[] lastBytes;

    private RecordConsumer consumer;

    @SuppressWarnings("unchecked")
    LakeWriteSupport(LakeSchema<T> lake, EncodedTexts texts) {
        this.schema = lake.messageType();
        this.columns = lake.columns().toArray(LakeColumn[]::new);
        this.names = lake.columns().stream().map(LakeColumn::name).toArray(String[]::new);
        this.texts = texts;
        this.lastValues = new Object[columns.length];
        this.lastBytes = new Binary[columns.length];
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    /**
     * Parquet calls the Hadoop variant only when given a Hadoop configuration, which the
     * lake never does.
     */
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

    /** The row's cells in its schema's order; a null leaves a nullable cell empty. */
    @Override
    public void write(T row) {
        consumer.startMessage();
        for (int field = 0; field < columns.length; field++) {
            Object value = columns[field].value().apply(row);
            if (value == null) {
                if (!columns[field].nullable()) {
                    throw new IllegalStateException("the lake's " + names[field] + " cannot be empty: " + row);
                }
                continue;
            }
            consumer.startField(names[field], field);
            switch (columns[field].type()) {
                case TEXT, FREE_TEXT, MONEY -> consumer.addBinary(bytes(field, value));
                default -> columns[field].type().add(consumer, value);
            }
            consumer.endField(names[field], field);
        }
        consumer.endMessage();
    }

    private Binary bytes(int field, Object value) {
        if (value != lastValues[field]) {
            lastValues[field] = value;
            lastBytes[field] = field > 0 && value == lastValues[field - 1] ? lastBytes[field - 1]
                    : value instanceof BigDecimal amount ? LakeType.money(amount) : texts.of((String) value);
        }
        return lastBytes[field];
    }

}
