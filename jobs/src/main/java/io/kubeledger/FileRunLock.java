package io.kubeledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The run lock of an embedded H2 database: an operating-system lock on a file of
 * {@code <output-dir>/state/} ({@code run.lock} for the fleet's computing), which holds
 * the description of its holder for the run it turns away.
 */
final class FileRunLock implements RunLock {

    private final FileChannel channel;

    private final FileLock lock;

    private FileRunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static FileRunLock acquire(Path stateDir, String fileName, String holder) {
        Path file = stateDir.resolve(fileName);
        FileChannel channel = null;
        try {
            Files.createDirectories(stateDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String running = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new RunLockedException("the state folder " + stateDir.toAbsolutePath(),
                        running.isEmpty() ? "a run that has not yet said which it is" : running);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new FileRunLock(channel, lock);
        }
        catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot take the run lock " + file.toAbsolutePath() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Null when another process, or another run of this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            }
            catch (IOException ignored) {
                // the run fails on the first error already
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot release the run lock", e);
        }
    }

}
