package io.kubeledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import io.kubeledger.config.StartRefusal;
import io.kubeledger.run.RunWindow;

/**
 * The run's arguments: {@code reportDate=YYYY-MM-DD} at most once, or
 * {@code reportDate=end-of-last-month} (the last day of the previous month, UTC: the
 * monthly CronJob's re-reconciliation with the month's final bill), or none for yesterday
 * (UTC). Read when the application starts, before the run lock or the database is
 * touched, so that a wrong argument changes nothing.
 */
@Component
public class RunArguments {

    static final String REPORT_DATE = "reportDate";
    static final String END_OF_LAST_MONTH = "end-of-last-month";

    private final LocalDate reportDate;

    private final List<String> given;

    public RunArguments(ApplicationArguments arguments, Clock clock) {
        this.given = List.copyOf(arguments.getNonOptionArgs());
        this.reportDate = reportDate(given, clock);
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    /** The arguments as given, for saying which run this is. */
    List<String> given() {
        return given;
    }

    private static LocalDate reportDate(List<String> arguments, Clock clock) {
        LocalDate reportDate = null;
        for (String argument : arguments) {
            if (!argument.startsWith(REPORT_DATE + "=")) {
                throw new InvalidArgumentsException(
                        "unknown argument '" + argument + "': expected reportDate=YYYY-MM-DD");
            }
            if (reportDate != null) {
                throw new InvalidArgumentsException(
                        "reportDate is given twice (" + String.join(", ", arguments) + "): a run reports on one day");
            }
            String value = argument.substring(REPORT_DATE.length() + 1);
            if (value.equals(END_OF_LAST_MONTH)) {
                reportDate = LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).minusDays(1);
                continue;
            }
            try {
                reportDate = LocalDate.parse(value);
            }
            catch (DateTimeParseException e) {
                throw new InvalidArgumentsException(
                        "reportDate must be a date, YYYY-MM-DD, or " + END_OF_LAST_MONTH + ", was '" + value + "'");
            }
        }
        return reportDate == null ? RunWindow.defaultReportDate(clock) : reportDate;
    }

    /** Arguments the run cannot start with. */
    static final class InvalidArgumentsException extends IllegalArgumentException implements StartRefusal {

        InvalidArgumentsException(String message) {
            super("Invalid arguments: " + message);
        }

        @Override
        public String action() {
            return "Start the run with reportDate=YYYY-MM-DD or reportDate=" + END_OF_LAST_MONTH
                    + " (once), or without arguments to report on yesterday.";
        }

    }

}
