package io.kubeledger.source;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Snappy for Parquet pages without Hadoop, for the lake's files and the bill's:
 * parquet-hadoop's own codec factory loads Hadoop's codec classes, which the job does not
 * ship. Snappy is what the lake writes and what Azure's FOCUS exports use by default; a
 * bill's part may also be written without compression, which is read as it is.
 */
public final class SnappyCodecFactory implements CompressionCodecFactory {

    private static final BytesInputDecompressor UNCOMPRESSED = new BytesInputDecompressor() {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) {
            return bytes;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
            output.put(input.limit(input.position() + compressedSize));
        }

        @Override
        public void release() {
        }
    };

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        requireSnappy(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Snappy.compress(bytes.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.SNAPPY;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        if (codec == CompressionCodecName.UNCOMPRESSED) {
            return UNCOMPRESSED;
        }
        requireSnappy(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(Snappy.uncompress(bytes.toByteArray()));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                Snappy.uncompress(input, output);
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    private static void requireSnappy(CompressionCodecName codec) {
        if (codec != CompressionCodecName.SNAPPY) {
            throw new IllegalArgumentException("pages compressed with " + codec + ": only Snappy or none");
        }
    }

}
