package io.kubeledger.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.kubeledger.run.SqlFiles;

/**
 * What was mailed for which month, in the job's database: what makes a rerun send nothing
 * twice.
 */
public class SentMail {

    private final NamedParameterJdbcTemplate jdbc;

    private final String count = SqlFiles.load("mail/count-sent.sql");

    private final String delete = SqlFiles.load("mail/delete-sent.sql");

    private final String insert = SqlFiles.load("mail/insert-sent.sql");

    public SentMail(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean wasSent(YearMonth month, Letter letter) {
        Integer sent = jdbc.queryForObject(count, key(month, letter), Integer.class);
        return sent != null && sent > 0;
    }

    public void record(YearMonth month, Letter letter, Instant at) {
        Map<String, Object> key = key(month, letter);
        jdbc.update(delete, key);
        jdbc.update(insert, Map.of("month", month.toString(), "message", letter.message(), "recipient",
                letter.recipient(), "sentAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    private static Map<String, Object> key(YearMonth month, Letter letter) {
        return Map.of("month", month.toString(), "message", letter.message(), "recipient", letter.recipient());
    }

}
