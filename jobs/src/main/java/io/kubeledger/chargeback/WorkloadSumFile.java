package io.kubeledger.chargeback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cluster's workload sums of one day as a file: the cluster, the number of sums, then each sum's namespace, owner,
 * exact cost (unscaled digits and scale) and source rows. Texts are length-prefixed UTF-8, so a label's team name of
 * any length or character goes through unchanged. A file is made and read whole in a byte buffer (a day of one
 * cluster is some hundreds of KB): a stream's calls per field were a tenth of reading an export.
 */
final class WorkloadSumFile {

    private static final AllocationMethod[] METHODS = AllocationMethod.values();
    private static final int BYTES_A_SUM = 96;

    private ByteBuffer buffer;

    private WorkloadSumFile(int capacity) {
        buffer = ByteBuffer.allocate(capacity);
    }

    static void write(Path file, String cluster, List<ChargeLine> sums) {
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
            out.room(2 + Integer.BYTES + Short.BYTES + unscaled.length + Long.BYTES)
                    .put((byte) sum.allocation().ordinal())
                    .put((byte) (sum.teamRegistered() ? 1 : 0))
                    .putInt(sum.cost().scale())
                    .putShort((short) unscaled.length)
                    .put(unscaled)
                    .putLong(sum.sourceRows());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, out.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload sums " + file, e);
        }
    }

    static List<ChargeLine> read(Path file, LocalDate day) {
        ByteBuffer in;
        try {
            in = ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload sums " + file, e);
        }
        String cluster = text(in);
        int count = in.getInt();
        List<ChargeLine> sums = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String namespace = text(in);
            String team = text(in);
            String costCenter = in.get() == 1 ? text(in) : null;
            AllocationMethod allocation = METHODS[in.get()];
            boolean registered = in.get() == 1;
            int scale = in.getInt();
            byte[] unscaled = new byte[in.getShort()];
            in.get(unscaled);
            BigDecimal cost = new BigDecimal(new BigInteger(unscaled), scale);
            sums.add(new ChargeLine(day, cluster, namespace, team, costCenter, CostKind.WORKLOAD, allocation,
                    registered, null, cost, in.getLong()));
        }
        return sums;
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

    private byte[] bytes() {
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }
}
