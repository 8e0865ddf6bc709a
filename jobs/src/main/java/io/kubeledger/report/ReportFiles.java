package io.kubeledger.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Where a month's reports are: {@code reports/YYYY-MM/kubeledger-YYYY-MM.{xlsx,pdf}} and
 * {@code reports/YYYY-MM/teams/<team>.pdf}. A team name comes from a pod label too, so it is made a safe file name:
 * anything but letters, digits, {@code .}, {@code _} and {@code -} becomes {@code _}, and it never starts with a dot.
 */
public final class ReportFiles {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private ReportFiles() {
    }

    public static Path folder(Path outputDir, YearMonth month) {
        return outputDir.resolve("reports").resolve(month.toString());
    }

    public static Path workbook(Path outputDir, YearMonth month) {
        return folder(outputDir, month).resolve("kubeledger-" + month + ".xlsx");
    }

    public static Path executive(Path outputDir, YearMonth month) {
        return folder(outputDir, month).resolve("kubeledger-" + month + ".pdf");
    }

    public static Path teams(Path outputDir, YearMonth month) {
        return folder(outputDir, month).resolve("teams");
    }

    public static Path statement(Path outputDir, YearMonth month, String team) {
        String name = UNSAFE.matcher(team).replaceAll("_");
        return teams(outputDir, month).resolve((name.startsWith(".") ? "_" + name : name) + ".pdf");
    }
}
