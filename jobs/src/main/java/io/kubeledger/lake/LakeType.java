package io.kubeledger.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * The types of the lake's columns: how each is declared in Parquet, named in
 * docs/lake.md, and written. Texts and amounts keep no min/max statistics: a partition
 * holds every team, cluster and amount, so they would never let a reader skip one, and
 * they cost much of the writing (docs/benchmark.md).
 */
enum LakeType {

    /** UTF-8 text. */
    TEXT("string"),
    /**
     * Text with nearly every value different (descriptions, tags): no dictionary either.
     */
    FREE_TEXT("string"),
    /**
     * Money: DECIMAL(38, 12), exact to far below a cent and wide enough for any fleet.
     */
    MONEY("DECIMAL(38,12)"),
    /** An estimate in cents: DECIMAL(18, 2). */
    CENTS("DECIMAL(18,2)"), INT32("int32"), INT64("int64"), DOUBLE("double"), BOOLEAN("boolean"),
    /** An instant, in milliseconds, UTC. */
    TIMESTAMP("timestamp");

    static final int MONEY_PRECISION = 38;
    static final int MONEY_SCALE = 12;

    private static final int MONEY_BYTES = 16;

    private static final int CENTS_PRECISION = 18;

    private static final int CENTS_SCALE = 2;

    private final String documented;

    LakeType(String documented) {
        this.documented = documented;
    }

    /** The type as docs/lake.md's tables give it. */
    String documented() {
        return documented;
    }

    PrimitiveType parquet(String name, Repetition repetition) {
        return switch (this) {
            case TEXT, FREE_TEXT -> Types.primitive(PrimitiveTypeName.BINARY, repetition).as(stringType()).named(name);
            case MONEY -> Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, repetition)
                .length(MONEY_BYTES)
                .as(decimalType(MONEY_SCALE, MONEY_PRECISION))
                .named(name);
            case CENTS -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                .as(decimalType(CENTS_SCALE, CENTS_PRECISION))
                .named(name);
            case INT32 -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
            case INT64 -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
            case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
            case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                .as(timestampType(true, TimeUnit.MILLIS))
                .named(name);
        };
    }

    boolean hasStatistics() {
        return this != TEXT && this != FREE_TEXT && this != MONEY;
    }

    /**
     * Adds a value that is not text nor money (those are encoded once, by
     * {@link LakeWriteSupport}).
     */
    void add(RecordConsumer consumer, Object value) {
        switch (this) {
            case CENTS -> consumer.addLong(((BigDecimal) value).setScale(CENTS_SCALE, RoundingMode.UNNECESSARY)
                .unscaledValue()
                .longValueExact());
            case INT32 -> consumer.addInteger(((Number) value).intValue());
            case INT64 -> consumer.addLong(((Number) value).longValue());
            case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
            case BOOLEAN -> consumer.addBoolean((Boolean) value);
            case TIMESTAMP -> consumer.addLong(((Instant) value).toEpochMilli());
            case TEXT, FREE_TEXT, MONEY -> throw new IllegalStateException(this + " is written as bytes");
        }
    }

    /**
     * An amount as a money column holds it: its unscaled value at scale 12, 16 bytes
     * big-endian two's complement.
     */
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

    /**
     * An amount rounded to the money columns' 12 decimals, for figures that are sums of
     * priced reals.
     */
    static BigDecimal roundedToMoneyScale(BigDecimal amount) {
        return amount == null ? null : amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

}
