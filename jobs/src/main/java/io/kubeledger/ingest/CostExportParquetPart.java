package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.parquet.HadoopFreeReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import io.kubeledger.source.SnappyCodecFactory;

/**
 * Reads one Snappy Parquet part of a cost export, as the service writes them: amounts
 * {@code DECIMAL(38, n)} (or doubles), the charge period a timestamp, texts UTF-8. Each
 * row's cells are handed on as text, so that both formats meet the same checks. The part
 * is copied to a temporary file first: Parquet is read from its end, and a blob is a
 * stream. parquet-java reads it with the job's codec factory, without Hadoop
 * ({@link HadoopFreeReadOptions}).
 */
final class CostExportParquetPart {

    private CostExportParquetPart() {
    }

    /**
     * Hands the part's column names to {@code header}, then each row's cells, by column
     * name ("" for a null or absent column), to {@code rows}; returns the count of rows.
     */
    static long read(InputStream blob, Consumer<List<String>> header, RowConsumer rows) throws IOException {
        Path copy = Files.createTempFile("kubeledger-bill-", ".parquet");
        try {
            Files.copy(blob, copy, StandardCopyOption.REPLACE_EXISTING);
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(copy),
                    HadoopFreeReadOptions.with(new SnappyCodecFactory()))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                header.accept(schema.getFields().stream().map(Type::getName).toList());
                long count = 0;
                for (PageReadStore pages = reader.readNextRowGroup(); pages != null; pages = reader
                    .readNextRowGroup()) {
                    RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                    for (long i = 0; i < pages.getRowCount(); i++) {
                        Group row = records.read();
                        count++;
                        rows.accept(column -> cell(row, column), count);
                    }
                }
                return count;
            }
        }
        finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * What is done with a row: its cells by column name, and its number in the part (from
     * 1).
     */
    interface RowConsumer {

        void accept(Function<String, String> cells, long rowNumber);

    }

    private static String cell(Group row, String column) {
        GroupType type = row.getType();
        if (!type.containsField(column) || row.getFieldRepetitionCount(column) == 0) {
            return "";
        }
        PrimitiveType field = type.getType(column).asPrimitiveType();
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
            BigInteger unscaled = switch (field.getPrimitiveTypeName()) {
                case INT32 -> BigInteger.valueOf(row.getInteger(column, 0));
                case INT64 -> BigInteger.valueOf(row.getLong(column, 0));
                default -> new BigInteger(row.getBinary(column, 0).getBytes());
            };
            return new BigDecimal(unscaled, decimal.getScale()).toPlainString();
        }
        if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
            long value = row.getLong(column, 0);
            Instant instant = switch (timestamp.getUnit()) {
                case MILLIS -> Instant.ofEpochMilli(value);
                case MICROS -> Instant.EPOCH.plusNanos(value * 1_000);
                case NANOS -> Instant.EPOCH.plusNanos(value);
            };
            return instant.toString();
        }
        return switch (field.getPrimitiveTypeName()) {
            case DOUBLE -> Double.toString(row.getDouble(column, 0));
            case FLOAT -> Float.toString(row.getFloat(column, 0));
            case INT32 -> Integer.toString(row.getInteger(column, 0));
            case INT64 -> Long.toString(row.getLong(column, 0));
            case BOOLEAN -> Boolean.toString(row.getBoolean(column, 0));
            default -> row.getString(column, 0);
        };
    }

}
