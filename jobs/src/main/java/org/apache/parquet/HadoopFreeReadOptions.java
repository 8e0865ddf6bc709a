package org.apache.parquet;

import java.util.Map;

import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * parquet-java's read options without Hadoop. Its options builder makes Hadoop's codec
 * factory before another can be given (parquet-java 1.18), and the job ships no Hadoop;
 * the options' constructor is package-private, hence this class in parquet's package,
 * compiled against the pinned version, so a change of its signature fails the build.
 */
public final class HadoopFreeReadOptions {

    /** parquet-java's default largest buffer it allocates at once. */
    private static final int MAX_ALLOCATION_BYTES = 8 * 1024 * 1024;

    private HadoopFreeReadOptions() {
    }

    /**
     * The builder's defaults (statistics, dictionary, record and column-index filters on;
     * no filter set).
     */
    public static ParquetReadOptions with(CompressionCodecFactory codecs) {
        return new ParquetReadOptions(false, true, true, true, true, false, true, false, false, FilterCompat.NOOP,
                ParquetMetadataConverter.NO_FILTER, codecs, new HeapByteBufferAllocator(), MAX_ALLOCATION_BYTES,
                Map.of(), null, null, new PlainParquetConfiguration());
    }

}
