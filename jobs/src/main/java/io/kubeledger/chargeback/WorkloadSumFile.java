package io.kubeledger.chargeback;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cluster's workload sums of one day as a file: the cluster, the number of sums, then each sum's namespace, owner,
 * exact cost (unscaled digits and scale) and source rows. Texts are length-prefixed UTF-8, so a label's team name of
 * any length or character goes through unchanged.
 */
final class WorkloadSumFile {

    private static final AllocationMethod[] METHODS = AllocationMethod.values();

    private WorkloadSumFile() {
    }

    static void write(Path file, String cluster, List<ChargeLine> sums) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                text(out, cluster);
                out.writeInt(sums.size());
                for (ChargeLine sum : sums) {
                    text(out, sum.namespace());
                    text(out, sum.team());
                    out.writeBoolean(sum.costCenter() != null);
                    if (sum.costCenter() != null) {
                        text(out, sum.costCenter());
                    }
                    out.writeByte(sum.allocation().ordinal());
                    out.writeBoolean(sum.teamRegistered());
                    byte[] unscaled = sum.cost().unscaledValue().toByteArray();
                    out.writeInt(sum.cost().scale());
                    out.writeShort(unscaled.length);
                    out.write(unscaled);
                    out.writeLong(sum.sourceRows());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload sums " + file, e);
        }
    }

    static List<ChargeLine> read(Path file, LocalDate day) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String cluster = text(in);
            int count = in.readInt();
            List<ChargeLine> sums = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String namespace = text(in);
                String team = text(in);
                String costCenter = in.readBoolean() ? text(in) : null;
                AllocationMethod allocation = METHODS[in.readByte()];
                boolean registered = in.readBoolean();
                int scale = in.readInt();
                byte[] unscaled = in.readNBytes(in.readShort());
                BigDecimal cost = new BigDecimal(new BigInteger(unscaled), scale);
                sums.add(new ChargeLine(day, cluster, namespace, team, costCenter, CostKind.WORKLOAD, allocation,
                        registered, null, cost, in.readLong()));
            }
            return sums;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload sums " + file, e);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
