package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

import io.kubeledger.source.SnappyCodecFactory;

/**
 * One Snappy-compressed Parquet file of a lake dataset, written without Hadoop
 * ({@link LakeWriteSupport}), with the key-value metadata given and the statistics and
 * dictionaries its columns' types call for ({@link LakeType}).
 */
final class LakeFile<T> implements AutoCloseable {

    private final Path file;

    private final ParquetWriter<T> writer;

    LakeFile(Path file, LakeSchema<T> schema, EncodedTexts texts, Map<String, String> metadata) {
        this.file = file;
        Builder<T> builder = new Builder<>(file, new LakeWriteSupport<>(schema, texts));
        builder.withConf(new PlainParquetConfiguration())
            .withCodecFactory(new SnappyCodecFactory())
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withSizeStatisticsEnabled(false)
            .withExtraMetaData(metadata);
        for (LakeColumn<T> column : schema.columns()) {
            if (!column.type().hasStatistics()) {
                builder.withStatisticsEnabled(column.name(), false);
            }
            if (column.type() == LakeType.FREE_TEXT) {
                builder.withDictionaryEncoding(column.name(), false);
            }
        }
        try {
            this.writer = builder.build();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /**
     * A file of one of the datasets as of a report date, whose texts repeat little from
     * one file to the next.
     */
    LakeFile(Path file, LakeSchema<T> schema) {
        this(file, schema, new EncodedTexts(), Map.of());
    }

    void write(T row) {
        try {
            writer.write(row);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write a row to " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final WriteSupport<T> support;

        Builder(Path file, WriteSupport<T> support) {
            super(new LocalOutputFile(file));
            this.support = support;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return support;
        }

    }

}
