package io.kubeledger.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where a month's reports are: {@code reports/YYYY-MM/kubeledger-YYYY-MM.{xlsx,pdf}} and
 * {@code reports/YYYY-MM/teams/<team>.pdf}. A statement's file name is the team's name
 * when that is a safe, lower-case file name; otherwise a readable slug of it (anything
 * but letters, digits, {@code .}, {@code _} and {@code -} made {@code _}) and {@code ~}
 * and a digest of the whole name. No name kept as it is has a {@code ~}, and different
 * names have different digests, so two teams never share a file, not even on a file
 * system that ignores case.
 */
public final class ReportFiles {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private static final Pattern KEPT_AS_IT_IS = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /**
     * 40 bits of SHA-256: a collision among a fleet's few hundred team names is out of
     * reach.
     */
    private static final int DIGEST_HEX_DIGITS = 10;

    private static final int SLUG_LENGTH = 60;

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
        return teams(outputDir, month).resolve(statementName(team) + ".pdf");
    }

    static String statementName(String team) {
        if (KEPT_AS_IT_IS.matcher(team).matches() && team.length() <= SLUG_LENGTH) {
            return team;
        }
        String slug = UNSAFE.matcher(team).replaceAll("_");
        slug = slug.substring(0, Math.min(slug.length(), SLUG_LENGTH));
        return (slug.startsWith(".") ? "_" + slug : slug) + "~" + digest(team);
    }

    private static String digest(String team) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(team.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX_DIGITS);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

}
