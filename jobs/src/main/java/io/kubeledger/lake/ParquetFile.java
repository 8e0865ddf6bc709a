package io.kubeledger.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

import io.kubeledger.source.SnappyCodecFactory;

/** One Snappy-compressed Parquet file of a lake dataset, written without Hadoop, and the lake's column types. */
final class ParquetFile implements AutoCloseable {

    /** Money columns: DECIMAL(38, 12), exact to far below a cent and wide enough for any fleet. */
    static final int MONEY_PRECISION = 38;
    static final int MONEY_SCALE = 12;
    private static final int MONEY_BYTES = 16;
    /** Estimates in cents: DECIMAL(18, 2). */
    private static final int CENTS_PRECISION = 18;
    private static final int CENTS_SCALE = 2;

    private final Path file;
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups;

    ParquetFile(Path file, MessageType schema) {
        this.file = file;
        this.groups = new SimpleGroupFactory(schema);
        this.writer = build(configured(ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema),
                List.of()), file);
    }

    /**
     * A writer builder set up as every lake file is: Snappy through our own codec factory, no Hadoop configuration, no
     * size statistics. The {@code freeText} columns (descriptions, tags: nearly every value different) carry no
     * dictionary and no min/max statistics: neither would help a reader, and they are most of the cost of writing such
     * a column.
     */
    static <T, B extends ParquetWriter.Builder<T, B>> B configured(B builder, List<String> freeText) {
        builder.withConf(new PlainParquetConfiguration())
                .withCodecFactory(new SnappyCodecFactory())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withSizeStatisticsEnabled(false);
        for (String column : freeText) {
            builder.withDictionaryEncoding(column, false).withStatisticsEnabled(column, false);
        }
        return builder;
    }

    static <T> ParquetWriter<T> build(ParquetWriter.Builder<T, ?> builder, Path file) {
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    static PrimitiveType moneyColumn(Repetition repetition, String name) {
        return Types.primitive(FIXED_LEN_BYTE_ARRAY, repetition).length(MONEY_BYTES)
                .as(decimalType(MONEY_SCALE, MONEY_PRECISION)).named(name);
    }

    static PrimitiveType centsColumn(String name) {
        return Types.primitive(INT64, Repetition.REQUIRED).as(decimalType(CENTS_SCALE, CENTS_PRECISION)).named(name);
    }

    Group row() {
        return groups.newGroup();
    }

    void write(Group row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a row to " + file, e);
        }
    }

    /** A money cell; a null amount leaves an optional cell empty. */
    static void money(Group row, String column, BigDecimal amount) {
        if (amount != null) {
            row.append(column, money(amount));
        }
    }

    /** An amount as a money column holds it: its unscaled value at scale 12, 16 bytes big-endian two's complement. */
    static Binary money(BigDecimal amount) {
        byte[] unscaled = amount.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY).unscaledValue().toByteArray();
        byte[] fixed = new byte[MONEY_BYTES];
        byte sign = (byte) (amount.signum() < 0 ? 0xFF : 0x00);
        int pad = MONEY_BYTES - unscaled.length;
        for (int i = 0; i < pad; i++) {
            fixed[i] = sign;
        }
        System.arraycopy(unscaled, 0, fixed, pad, unscaled.length);
        return Binary.fromConstantByteArray(fixed);
    }

    /** An amount rounded to the money columns' 12 decimals, for figures that are sums of priced reals. */
    static BigDecimal roundedToMoneyScale(BigDecimal amount) {
        return amount == null ? null : amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    static void cents(Group row, String column, BigDecimal amount) {
        row.append(column, amount.setScale(CENTS_SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
    }

    /** A text cell; a null value leaves an optional cell empty. */
    static void text(Group row, String column, String value) {
        if (value != null) {
            row.append(column, value);
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
}
