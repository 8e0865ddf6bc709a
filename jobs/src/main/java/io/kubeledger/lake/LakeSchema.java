package io.kubeledger.lake;

import java.util.List;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/** A lake dataset's columns, in the order of its files. */
record LakeSchema<T>(String dataset, List<LakeColumn<T>> columns) {

    LakeSchema {
        columns = List.copyOf(columns);
    }

    /** The Parquet schema of the dataset's files, named after the dataset. */
    MessageType messageType() {
        Types.MessageTypeBuilder message = Types.buildMessage();
        columns.forEach(column -> message.addField(column.parquet()));
        return message.named(dataset.replace('-', '_'));
    }
}
