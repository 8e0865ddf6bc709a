package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.DefaultApplicationArguments;

class RunArgumentsTests {

    @ParameterizedTest
    @CsvSource({ "2026-11-05T04:30:00Z, reportDate=end-of-last-month, 2026-10-31",
            "2027-01-05T04:30:00Z, reportDate=end-of-last-month, 2026-12-31",
            "2027-03-01T00:00:00Z, reportDate=end-of-last-month, 2027-02-28",
            "2026-11-05T04:30:00Z, reportDate=2026-10-15,        2026-10-15" })
    void theMonthlyRunReportsOnTheLastDayOfThePreviousMonthInUtc(Instant now, String argument, LocalDate expected) {
        // when
        RunArguments arguments = new RunArguments(new DefaultApplicationArguments(argument),
                Clock.fixed(now, ZoneOffset.ofHours(-8)));

        // then
        assertThat(arguments.reportDate()).isEqualTo(expected);
    }

}
