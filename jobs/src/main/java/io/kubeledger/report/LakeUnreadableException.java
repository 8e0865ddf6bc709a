package io.kubeledger.report;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A file of the lake that DuckDB cannot read (truncated, overwritten, not Parquet): no
 * report is built from a month with a hole in it. The message names the file and what
 * DuckDB said of it, without the statement that read it (the month's list of files).
 */
public final class LakeUnreadableException extends IllegalStateException implements ExitCodeGenerator {

    private static final Pattern FILE = Pattern.compile("'([^']+\\.(?:parquet|json))'");

    private static final Pattern DAY = Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})");

    private LakeUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure of a read of {@code lake} for the reports of {@code reportDate}. */
    static LakeUnreadableException of(Path lake, LocalDate reportDate, Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof SQLException)) {
            root = root.getCause();
        }
        String said = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        Matcher file = FILE.matcher(said);
        if (!file.find()) {
            return new LakeUnreadableException(
                    "the lake " + lake + " cannot be read for the reports of " + reportDate + ": " + said, failure);
        }
        Matcher day = DAY.matcher(file.group(1));
        return new LakeUnreadableException("the lake's file " + file.group(1) + " cannot be read ("
                + said.replace(" '" + file.group(1) + "'", "").replace(file.group(0), "") + "), so the reports of "
                + reportDate + " are not built: run the compute of " + (day.find() ? day.group(1) : reportDate)
                + " again to write it anew", failure);
    }

    /**
     * EX_DATAERR of sysexits.h: the lake holds a file the job did not write so; the
     * compute of its day writes it anew.
     */
    @Override
    public int getExitCode() {
        return 65;
    }

}
