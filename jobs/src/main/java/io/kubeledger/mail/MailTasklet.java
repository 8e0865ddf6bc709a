package io.kubeledger.mail;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import io.kubeledger.report.MonthlyReport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Mails the month's reports once the month is complete. Each letter is sent once per
 * month: what was sent is kept in the job's database and a rerun skips it (unless
 * {@code resend}). One letter the server refuses does not stop the others; a server that
 * cannot be reached or does not answer in time stops the sending, as every letter would
 * wait as long. The step then fails naming every letter not sent, and the next run
 * retries exactly those.
 */
public class MailTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(MailTasklet.class);

    private final JavaMailSender sender;

    private final SentMail sentMail;

    private final String from;

    private final boolean resend;

    private final MonthlyReport report;

    private final List<Letter> letters;

    private final Clock clock;

    private final String server;

    /** {@code server} names the SMTP server in messages ({@code host:port}). */
    public MailTasklet(JavaMailSender sender, String server, SentMail sentMail, String from, boolean resend,
            MonthlyReport report, List<Letter> letters, Clock clock) {
        this.sender = sender;
        this.server = server;
        this.sentMail = sentMail;
        this.from = from;
        this.resend = resend;
        this.report = report;
        this.letters = letters;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long sent = 0;
        long skipped = 0;
        List<String> failures = new ArrayList<>();
        String serverUnavailable = null;
        for (Letter letter : letters) {
            if (!resend && sentMail.wasSent(report.month(), letter)) {
                skipped++;
                continue;
            }
            if (serverUnavailable != null) {
                failures.add(letter.message() + " to " + letter.recipient() + ": not tried");
                continue;
            }
            try {
                sender.send(mime(letter));
                sentMail.record(report.month(), letter, clock.instant());
                sent++;
            }
            catch (MessagingException | RuntimeException e) {
                serverUnavailable = noAnswer(e);
                failures.add(letter.message() + " to " + letter.recipient() + ": " + (serverUnavailable == null
                        ? e.getMessage() : "the mail server " + server + " " + serverUnavailable));
            }
        }
        contribution.incrementWriteCount(sent);
        LOG.info("mail for {}: {} sent, {} sent before and skipped, {} failed", report.month(), sent, skipped,
                failures.size());
        if (!failures.isEmpty()) {
            throw new MailNotSentException(failures);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Why the server gave no answer (it refused the connection, or let a timeout of
     * {@code spring.mail.properties} pass), or null for a letter it answered and refused:
     * then the other letters are still worth sending.
     */
    private static String noAnswer(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "did not answer in time (spring.mail.properties.mail.smtp.timeout)";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return "cannot be reached (" + t.getMessage() + ")";
            }
        }
        return null;
    }

    private MimeMessage mime(Letter letter) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(letter.recipient());
        helper.setSubject(letter.subject());
        helper.setText(letter.text(), letter.html());
        helper.addInline(Letter.CHART, new ByteArrayResource(letter.chart()), "image/png");
        for (var file : letter.attachments()) {
            helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
        }
        return message;
    }

    /** Some letters were not sent; they are retried on the next run for the month. */
    public static final class MailNotSentException extends IllegalStateException implements ExitCodeGenerator {

        MailNotSentException(List<String> failures) {
            super(failures.size() + " mail(s) not sent, to be retried on the next run: " + String.join("; ", failures));
        }

        /**
         * EX_UNAVAILABLE of sysexits.h: the mail server refused; the next run sends what
         * is left.
         */
        @Override
        public int getExitCode() {
            return 69;
        }

    }

}
