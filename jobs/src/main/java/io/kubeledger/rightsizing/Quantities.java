package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Kubernetes resource quantities as a manifest writes them: {@code 250m}, {@code 2},
 * {@code 512Mi}, {@code 3Gi}.
 */
public final class Quantities {

    public static final long MIB = 1024L * 1024;

    private static final long GIB = 1024 * MIB;

    private static final int NOISE_SCALE = 9;

    private Quantities() {
    }

    /**
     * Cores rounded up to the millicore, so a request is never below what was computed;
     * binary noise (0.75 × 1.3 is 0.9750000000000001) is dropped first rather than
     * rounded up to another millicore.
     */
    public static double ceilToMillicores(double cores) {
        return BigDecimal.valueOf(cores)
            .setScale(NOISE_SCALE, RoundingMode.HALF_EVEN)
            .setScale(3, RoundingMode.CEILING)
            .doubleValue();
    }

    /** Bytes rounded up to the mebibyte, binary noise dropped first. */
    public static long ceilToMebibytes(double bytes) {
        return BigDecimal.valueOf(bytes / MIB)
            .setScale(NOISE_SCALE, RoundingMode.HALF_EVEN)
            .setScale(0, RoundingMode.CEILING)
            .longValueExact() * MIB;
    }

    /**
     * Whole or tenths of cores as cores ({@code 2}, {@code 1.5}), anything finer in
     * millicores ({@code 260m}).
     */
    public static String cpu(double cores) {
        long millicores = Math.round(cores * 1000);
        if (millicores % 1000 == 0) {
            return Long.toString(millicores / 1000);
        }
        return millicores > 1000 && millicores % 100 == 0
                ? BigDecimal.valueOf(millicores, 3).stripTrailingZeros().toPlainString() : millicores + "m";
    }

    public static String memory(double bytes) {
        long mebibytes = (long) Math.ceil(bytes / MIB);
        return mebibytes >= 1024 && mebibytes % 1024 == 0 ? mebibytes / 1024 + "Gi" : mebibytes + "Mi";
    }

    /**
     * A short human reading of bytes, for reasons and reports: {@code 12 KB},
     * {@code 3.4 MB}, {@code 1.2 GiB}.
     */
    public static String bytes(double bytes) {
        if (bytes >= GIB) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / GIB);
        }
        if (bytes >= MIB) {
            return String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / MIB);
        }
        return String.format(java.util.Locale.ROOT, "%.0f KiB", bytes / 1024);
    }

}
