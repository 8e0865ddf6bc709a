package io.kubeledger.lake;

import java.util.function.Function;

import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type.Repetition;

/**
 * A column of a lake dataset: its name, its type, whether a row may leave it empty, and a
 * row's value in it. A dataset's Parquet schema, the order its cells are written in and
 * the types docs/lake.md gives all come from its list of these ({@link LakeSchemas}).
 */
record LakeColumn<T>(String name, LakeType type, boolean nullable, Function<T, ?> value) {

    static <T> LakeColumn<T> required(String name, LakeType type, Function<T, ?> value) {
        return new LakeColumn<>(name, type, false, value);
    }

    static <T> LakeColumn<T> nullable(String name, LakeType type, Function<T, ?> value) {
        return new LakeColumn<>(name, type, true, value);
    }

    PrimitiveType parquet() {
        return type.parquet(name, nullable ? Repetition.OPTIONAL : Repetition.REQUIRED);
    }

    /** The type as docs/lake.md's tables give it: {@code DECIMAL(38,12), null}. */
    String documented() {
        return type.documented() + (nullable ? ", null" : "");
    }
}
