package io.kubeledger.chargeback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import io.kubeledger.ingest.BillBucket;

/**
 * One cluster's workload sums as a file, a section per day: each section holds the
 * cluster, the number of sums, then each sum's namespace, owner, bucket, exact cost
 * (unscaled digits and scale) and source rows. Texts are length-prefixed UTF-8, so a
 * label's team name of any length or character goes through unchanged. A file is written
 * once, where a file per cluster and day made 1,240 files at 40 clusters, whose creation
 * was a twentieth of reading the exports; a section is made and read whole in a byte
 * buffer (a day of one cluster is some hundreds of KB), as a stream's calls per field
 * were a tenth of reading an export.
 */
final class WorkloadSumFile {

    private static final AllocationMethod[] METHODS = AllocationMethod.values();

    private static final BillBucket[] BUCKETS = BillBucket.values();

    private static final int BYTES_A_SUM = 96;

    /** Where one day's sums of one cluster are. */
    record Section(Path file, long offset, int length) {
    }

    private ByteBuffer buffer;

    private WorkloadSumFile(int capacity) {
        buffer = ByteBuffer.allocate(capacity);
    }

    /**
     * Writes a cluster's sums of each day, in the days' order, and tells where each day's
     * section is.
     */
    static Map<LocalDate, Section> write(Path file, String cluster, SortedMap<LocalDate, List<ChargeLine>> days) {
        Map<LocalDate, Section> sections = new LinkedHashMap<>();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (Map.Entry<LocalDate, List<ChargeLine>> day : days.entrySet()) {
                    ByteBuffer section = section(cluster, day.getValue());
                    sections.put(day.getKey(), new Section(file, out.position(), section.remaining()));
                    while (section.hasRemaining()) {
                        out.write(section);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload sums " + file, e);
        }
        return sections;
    }

    static List<ChargeLine> read(Section section, LocalDate day) {
        ByteBuffer in = ByteBuffer.allocate(section.length());
        try (FileChannel channel = FileChannel.open(section.file(), StandardOpenOption.READ)) {
            while (in.hasRemaining()) {
                if (channel.read(in, section.offset() + in.position()) < 0) {
                    throw new IOException("ends before the sums of " + day);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload sums " + section.file(), e);
        }
        in.flip();
        String cluster = text(in);
        int count = in.getInt();
        List<ChargeLine> sums = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String namespace = text(in);
            String team = text(in);
            String costCenter = in.get() == 1 ? text(in) : null;
            AllocationMethod allocation = METHODS[in.get()];
            BillBucket bucket = BUCKETS[in.get()];
            boolean registered = in.get() == 1;
            int scale = in.getInt();
            byte[] unscaled = new byte[in.getShort()];
            in.get(unscaled);
            BigDecimal cost = new BigDecimal(new BigInteger(unscaled), scale);
            sums.add(new ChargeLine(day, cluster, namespace, team, costCenter, CostKind.WORKLOAD, bucket, allocation,
                    registered, null, CostStatus.ESTIMATED, cost, in.getLong()));
        }
        return sums;
    }

    /** A day's section, ready to be written. */
    private static ByteBuffer section(String cluster, List<ChargeLine> sums) {
        WorkloadSumFile out = new WorkloadSumFile(BYTES_A_SUM * (sums.size() + 1));
        out.text(cluster);
        out.room(Integer.BYTES).putInt(sums.size());
        for (ChargeLine sum : sums) {
            out.text(sum.namespace());
            out.text(sum.team());
            out.room(1).put((byte) (sum.costCenter() == null ? 0 : 1));
            if (sum.costCenter() != null) {
                out.text(sum.costCenter());
            }
            byte[] unscaled = sum.cost().unscaledValue().toByteArray();
            out.room(3 + Integer.BYTES + Short.BYTES + unscaled.length + Long.BYTES)
                .put((byte) sum.allocation().ordinal())
                .put((byte) sum.bucket().ordinal())
                .put((byte) (sum.teamRegistered() ? 1 : 0))
                .putInt(sum.cost().scale())
                .putShort((short) unscaled.length)
                .put(unscaled)
                .putLong(sum.sourceRows());
        }
        return out.buffer.flip();
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        room(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes);
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The buffer, grown if it has fewer than {@code bytes} left. */
    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            buffer.flip();
            buffer = larger.put(buffer);
        }
        return buffer;
    }

}
