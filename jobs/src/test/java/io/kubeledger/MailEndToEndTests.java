package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

/**
 * The month-end mail against a real SMTP server (GreenMail): who gets what, the
 * attachments, the bodies, and that a message is sent once per month.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final List<String> TEAMS = List.of("payments", "checkout", "search", "data-platform", "identity",
            "ml");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(false);

    @TempDir
    Path out;

    @BeforeEach
    void emptyTheMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theRunThatCompletesAMonthMailsFinanceAndEachTeamOnce() throws Exception {
        // when
        int first = run("2026-10-31", "finance@example.com,controller@example.com");

        // then: two finance letters with the workbook and the executive report, one
        // statement per team
        assertThat(first).isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2 + TEAMS.size());
        MimeMessage finance = to(received, "finance@example.com");
        assertThat(finance.getSubject()).isEqualTo("kubeledger 2026-10: 22,333.58 USD (final)");
        assertThat(finance.getFrom()[0].toString()).isEqualTo("kubeledger@example.com");
        assertThat(attachments(finance)).containsExactly("kubeledger-2026-10.xlsx", "kubeledger-2026-10.pdf");
        assertThat(bodyTypes(finance)).contains("text/plain", "text/html");
        assertThat(text(finance, "text/plain")).contains("Total: 22,333.58 USD", "payments", "Potential savings");
        assertThat(text(finance, "text/html")).contains("<th align=\"left\">Total</th><td>22,333.58 USD</td>",
                "<img src=\"cid:headline-chart\"", "alt=\"The month to date of the fleet added up day by day");
        assertThat(inlineChart(finance).getWidth()).isEqualTo(1070);
        MimeMessage payments = to(received, "payments-leads@example.com");
        assertThat(text(payments, "text/html"))
            .contains("alt=\"The month to date of payments added up day by day" + " and the budget\"");
        assertThat(inlineChart(payments).getHeight()).isEqualTo(400);
        // the sample gives payments a budget of 4,000.00 a month
        assertThat(payments.getSubject()).isEqualTo("kubeledger 2026-10: payments 4,439.35 USD (final) · OVER BUDGET");
        assertThat(text(payments, "text/plain"))
            .contains("Budget: 4,000.00 USD: 4,439.35 used (111.0 %) · OVER " + "BUDGET");
        assertThat(text(finance, "text/plain")).contains("Budget: 25,000.00 USD: 22,333.58 used (89.3 %)");
        assertThat(attachments(payments)).containsExactly("payments.pdf");
        assertThat(text(payments, "text/plain")).contains("Reconciled with the Azure bill through 2026-10-31")
            .containsPattern("Idle capacity +852\\.31 USD");

        // and: each team's statement names none of the other teams' namespaces or
        // workloads, and its letter prints
        // the statement's own parts, which add up to its total
        for (String team : TEAMS) {
            MimeMessage letter = to(received, team + "-leads@example.com");
            String statement = pdfText(attachment(letter, team + ".pdf"));
            assertThat(statement).contains("statement of " + team);
            Matcher total = Pattern.compile("Total: ([\\d,.]+) USD").matcher(text(letter, "text/plain"));
            assertThat(total.find()).isTrue();
            Matcher parts = Pattern
                .compile("(Workload|Container logs|Shared namespaces|Monitoring|Idle capacity) +" + "([-\\d,.]+) USD")
                .matcher(text(letter, "text/plain"));
            BigDecimal sum = BigDecimal.ZERO;
            while (parts.find()) {
                String amount = parts.group(2);
                sum = sum.add(new BigDecimal(amount.replace(",", "")));
                assertThat(statement.replaceAll("\\s+", " ")).as("%s's %s", team, parts.group(1))
                    .containsPattern(Pattern.quote(parts.group(1)) + " .*? " + Pattern.quote(amount) + " ");
            }
            assertThat(sum).as(team).isEqualByComparingTo(total.group(1).replace(",", ""));
            for (String other : TEAMS) {
                if (!other.equals(team)) {
                    assertThat(statement).as("%s's statement", team)
                        .doesNotContain("/ " + other + "\n", "/ " + other + "-jobs", other + "-svc-");
                }
            }
        }

        // when: the month is run again, and then again with resend
        assertThat(run("2026-10-31", "finance@example.com,controller@example.com")).isZero();
        int afterRerun = SMTP.getReceivedMessages().length;
        assertThat(run("2026-10-31", "finance@example.com,controller@example.com", "--kubeledger.mail.resend=true"))
            .isZero();

        // then: nothing twice, unless asked
        assertThat(afterRerun).isEqualTo(2 + TEAMS.size());
        assertThat(SMTP.getReceivedMessages()).hasSize(2 * (2 + TEAMS.size()));
    }

    @Test
    void thePlatformOwnerGetsTheSharedNamespacesRightsizingWhichNoTeamsOwnerGets() throws Exception {
        // when
        assertThat(run("2026-10-31", "finance@example.com", "--kubeledger.mail.platform-owner=platform@example.com"))
            .isZero();

        // then: the platform owner gets the statement of the shared namespaces' changes
        // in the lake
        List<Object> changes = NightlyJobEndToEndTests.query("""
                SELECT count(*) FILTER (WHERE monthly_savings > 0), count(*) FILTER (WHERE monthly_savings < 0)
                FROM read_parquet('%s/lake/rightsizing/date=2026-10-31/*.parquet')
                WHERE team = 'shared' AND action <> 'keep'""".formatted(out)).get(0);
        assertThat((Long) changes.get(0)).isPositive();
        MimeMessage platform = to(SMTP.getReceivedMessages(), "platform@example.com");
        assertThat(attachments(platform)).containsExactly("shared.pdf");
        assertThat(pdfText(attachment(platform, "shared.pdf")).replaceAll("\\s+", " ")).contains("statement of shared")
            .contains("Rightsizing: " + changes.get(0) + " change(s) save ")
            .contains("; " + changes.get(1) + " at risk would cost ");
    }

    @Test
    void aMonthToDateRunMailsNothing() throws Exception {
        assertThat(run("2026-10-15", "finance@example.com")).isZero();

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRejectedRecipientDoesNotStopTheOthersAndIsRetriedOnTheNextRun(CapturedOutput output) throws Exception {
        // when: one finance address the mail system refuses
        int first = run("2026-10-31", "finance@example..com,controller@example.com");

        // then: the others are sent, the run fails naming the refused one
        assertThat(first).isEqualTo(69);
        assertThat(SMTP.getReceivedMessages()).hasSize(1 + TEAMS.size());
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31").get(0))
            .contains("1 mail(s) not sent, to be retried on the next run: finance to finance@example..com");

        // when: the next run: only the refused letter is tried again
        run("2026-10-31", "finance@example..com,controller@example.com");

        // then
        assertThat(SMTP.getReceivedMessages()).hasSize(1 + TEAMS.size());
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31")).hasSize(2);
    }

    @Test
    void aMailServerThatNeverAnswersFailsTheRunInTimeKeepingTheReportsAndTheNextRunSendsEveryLetter(
            CapturedOutput output) throws Exception {
        try (SilentServer silent = new SilentServer()) {
            // when: a server that accepts and never answers, with timeouts of a second
            int first = run("2026-10-31", "finance@example.com", "--spring.mail.port=" + silent.port(),
                    "--spring.mail.properties.mail.smtp.timeout=1000");

            // then: the server named, the lake and the reports kept, nothing sent
            assertThat(first).isEqualTo(69);
            assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31")).singleElement()
                .asString()
                .contains((1 + TEAMS.size()) + " mail(s) not sent, to be retried on the next run: finance to "
                        + "finance@example.com: the mail server 127.0.0.1:" + silent.port() + " did not answer in "
                        + "time")
                .contains(": not tried");
            assertThat(out.resolve("reports/2026-10/kubeledger-2026-10.pdf")).exists();
            assertThat(out.resolve("lake/chargeback/date=2026-10-31/part-00000.parquet")).exists();
        }

        // when: the next run, the server back
        assertThat(run("2026-10-31", "finance@example.com")).isZero();

        // then
        assertThat(SMTP.getReceivedMessages()).hasSize(1 + TEAMS.size());
    }

    @Test
    void hostileLabelsNameNobodyAndEveryTeamGetsItsOwnStatementWhateverItsName() throws Exception {
        // given: teams whose names make the same slug as a label's, or no slug at all,
        // and rows whose labels are
        // longer than Kubernetes allows, hold a NUL, or take a reserved name
        Path snapshot = out.resolve("sample");
        BrokenSampleEndToEndTests.copy(SAMPLE, snapshot);
        Path config = snapshot.resolve("kubeledger.yaml");
        Files.writeString(config, Files.readString(config).replace("  teams:\n", """
                  teams:
                    - name: Data Platform
                      owner-email: data-platform-owner@example.com
                      namespaces: [warehouse]
                    - name: 支付
                      owner-email: zhifu@example.com
                      namespaces: [zhifu]
                    - name: 结算
                      owner-email: jiesuan@example.com
                      namespaces: [jiesuan]
                """));
        List<String> labels = List.of("Data_Platform", "x".repeat(10_000), "y".repeat(250), "a\\u0000b", "unallocated",
                "Shared", "idle");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            rows.append(exportRow("warehouse", "w-" + i, labels.get(i)));
        }
        rows.append(exportRow("zhifu", "z-1", null)).append(exportRow("jiesuan", "j-1", null));
        Files.writeString(snapshot.resolve("blob/stfinopsexports/opencost/aks-prod-weu.csv"), rows,
                StandardOpenOption.APPEND);

        // when
        List<String> args = new ArrayList<>(List.of("reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot,
                "--kubeledger.mail.enabled=true", "--kubeledger.mail.from=kubeledger@example.com",
                "--kubeledger.mail.finance-to=finance@example.com", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort()));
        int exitCode = KubeledgerRun.run(config, out.resolve("out"), args.toArray(String[]::new));

        // then: the invalid labels went by the namespace rule (warehouse: Data Platform),
        // the valid one is a team
        assertThat(exitCode).isZero();
        List<List<Object>> teams = NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Team FROM read_parquet('%s/out/lake/chargeback/*/*.parquet')
                WHERE x_Namespace IN ('warehouse', 'zhifu', 'jiesuan') ORDER BY 1""".formatted(out));
        assertThat(teams).extracting(row -> row.get(0)).containsExactly("Data Platform", "Data_Platform", "支付", "结算");

        // and the executive report lists the labels that named nobody, shown escaped and
        // cut, with their cost
        assertThat(BrokenSampleEndToEndTests.firstPage(out.resolve("out/reports/2026-10/kubeledger-2026-10.pdf")))
            .contains("6 team label value(s) name no team")
            .contains("'unallocated' 1.25 USD")
            .contains("'a\\u0000b' 1.25 USD")
            .contains("'" + "y".repeat(64) + "…' 1.25 USD");

        // and each owner's letter carries the statement of that owner's team, in a file
        // of its own
        for (String[] team : new String[][] { { "Data Platform", "data-platform-owner@example.com" },
                { "支付", "zhifu@example.com" }, { "结算", "jiesuan@example.com" } }) {
            MimeMessage letter = to(SMTP.getReceivedMessages(), team[1]);
            List<String> attached = attachments(letter);
            assertThat(attached).singleElement().asString().matches(".+~[0-9a-f]{10}\\.pdf");
            try (PDDocument statement = Loader.loadPDF(attachment(letter, attached.get(0)))) {
                assertThat(statement.getDocumentInformation().getTitle())
                    .isEqualTo("kubeledger · statement of " + team[0]);
            }
        }
        try (var statements = Files.list(out.resolve("out/reports/2026-10/teams"))) {
            assertThat(statements.map(file -> file.getFileName().toString()))
                .filteredOn(name -> name.startsWith("Data_Platform~"))
                .hasSize(2);
        }
    }

    /**
     * A row of 2026-10-10 of aks-prod-weu's export, in its layout (Labels last), with the
     * team label if any.
     */
    private static String exportRow(String namespace, String pod, String team) {
        String labels = team == null ? "{}" : "{\"\"team\"\":\"\"" + team + "\"\"}";
        return "2026-10-10," + namespace + ",deployment," + pod + "," + pod + "-0," + pod
                + ",0.1,0.2,1000,2000,0,0,0,0,0.5,0.5,0,0,0,1.25,\"" + labels + "\"\n";
    }

    @Test
    void mailEnabledWithoutAnSmtpServerOrSenderFailsAtStartUp() {
        assertThatThrownBy(() -> KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.mail.enabled=true",
                "--kubeledger.mail.from=kubeledger@example.com"))
            .rootCause()
            .hasMessageContaining("spring.mail.host: missing");
        assertThatThrownBy(() -> KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.mail.enabled=true",
                "--kubeledger.mail.finance-to=finance"))
            .rootCause()
            .hasMessageContaining("kubeledger.mail.from: must be an e-mail address")
            .hasMessageContaining("kubeledger.mail.finance-to[0]: not an e-mail address: 'finance'");
    }

    @Test
    void withWeeklyDigestsTheRunOfAnIsoWeeksLastDayMailsTheMonthToDateOncePerWeek() throws Exception {
        // when: the Saturday and the Sunday of ISO week 2026-W43, then the Sunday again
        assertThat(run("2026-10-24", "finance@example.com", "--kubeledger.mail.weekly=true")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(run("2026-10-25", "finance@example.com", "--kubeledger.mail.weekly=true")).isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(run("2026-10-25", "finance@example.com", "--kubeledger.mail.weekly=true")).isZero();

        // then: finance and every team once, the month to date with its forecast and
        // budget, nothing attached
        assertThat(received).hasSize(1 + TEAMS.size());
        assertThat(SMTP.getReceivedMessages()).hasSize(received.length);
        MimeMessage finance = to(received, "finance@example.com");
        assertThat(finance.getSubject()).startsWith("kubeledger 2026-W43: 2026-10 to date ");
        assertThat(attachments(finance)).isEmpty();
        assertThat(text(finance, "text/plain")).contains("The weekly digest of the fleet for 2026-W43",
                "Month to date: ", "Forecast: ", "Budget: 25,000.00 USD: ");
        MimeMessage payments = to(received, "payments-leads@example.com");
        assertThat(payments.getSubject()).startsWith("kubeledger 2026-W43: payments 2026-10 to date ")
            .endsWith(" · FORECAST OVER BUDGET");
        assertThat(text(payments, "text/plain")).contains("Budget: 4,000.00 USD: ");
        assertThat(text(payments, "text/html")).contains("<img src=\"cid:headline-chart\"",
                "payments added up day by day, with the forecast and the budget");
        assertThat(inlineChart(payments).getWidth()).isEqualTo(1070);
    }

    @Test
    void aRerunWhoseMonthHasTheReportsOfALaterRunSendsNoDigestOfItsOlderFigures(CapturedOutput output) {
        // given: the month run through its last day, without mail
        assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE))
            .isZero();

        // when: the Sunday of ISO week 2026-W43 run again, with weekly digests
        assertThat(run("2026-10-25", "finance@example.com", "--kubeledger.mail.weekly=true")).isZero();

        // then: the reports stay the later run's, and no letter tells of the older
        // figures
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(output).contains("no mail: the month's reports are a later run's, kept as they are");
    }

    private int run(String reportDate, String financeTo, String... extra) {
        List<String> args = new ArrayList<>(List.of("reportDate=" + reportDate, "--kubeledger.local-root=" + SAMPLE,
                "--kubeledger.mail.enabled=true", "--kubeledger.mail.from=kubeledger@example.com",
                "--kubeledger.mail.finance-to=" + financeTo, "--spring.mail.host=127.0.0.1"));
        if (Arrays.stream(extra).noneMatch(arg -> arg.startsWith("--spring.mail.port="))) {
            args.add("--spring.mail.port=" + SMTP.getSmtp().getPort());
        }
        args.addAll(Arrays.asList(extra));
        return KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, args.toArray(String[]::new));
    }

    private static MimeMessage to(MimeMessage[] messages, String recipient) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().equals(recipient)) {
                return message;
            }
        }
        throw new AssertionError("no message to " + recipient);
    }

    private static List<String> attachments(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                names.add(parts.getBodyPart(i).getFileName());
            }
        }
        return names;
    }

    private static byte[] attachment(MimeMessage message, String name) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (name.equals(parts.getBodyPart(i).getFileName())) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment " + name);
    }

    /**
     * The letter's inline headline chart, decoded: a PNG its HTML shows by its content
     * id.
     */
    private static BufferedImage inlineChart(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BufferedImage chart = inlineChart(multipart.getBodyPart(i));
                if (chart != null) {
                    return chart;
                }
            }
            return null;
        }
        return part instanceof MimeBodyPart body && "<headline-chart>".equals(body.getContentID())
                && part.isMimeType("image/png") ? ImageIO.read(part.getInputStream()) : null;
    }

    /**
     * The content types of the alternative bodies, wherever they sit in the multipart
     * tree.
     */
    private static List<String> bodyTypes(Part part) throws Exception {
        List<String> types = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                types.addAll(bodyTypes(multipart.getBodyPart(i)));
            }
        }
        else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            types.add(part.getContentType().split(";")[0].toLowerCase());
        }
        return types;
    }

    private static String text(Part part, String type) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i), type);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType(type)
                && !(part instanceof BodyPart body && Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition()))
                        ? (String) part.getContent() : null;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(new ByteArrayInputStream(pdf).readAllBytes())) {
            return new PDFTextStripper().getText(document);
        }
    }

}
