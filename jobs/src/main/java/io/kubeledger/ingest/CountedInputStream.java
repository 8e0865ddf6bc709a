package io.kubeledger.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stream that counts the bytes read through it, to hold a part's size against what its
 * manifest says. Closing it leaves its source open, to be closed by whoever opened it, so
 * that a reader that closes what it reads (a parser, a gzip stream) does not end the
 * count.
 */
final class CountedInputStream extends FilterInputStream {

    private long count;

    CountedInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count += read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public void close() {
    }

    /** The bytes of the whole stream: what is left is read first. */
    long size() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        return count;
    }

}
