package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The reports of consecutive runs: against last month, final or month to date, a
 * statement for every team.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportsEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    @TempDir
    static Path out;

    @BeforeAll
    static void runSeptemberThenOctoberToDate() {
        for (String reportDate : List.of("2026-09-30", "2026-10-15")) {
            assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=" + reportDate,
                    "--kubeledger.local-root=" + SAMPLE))
                .isZero();
        }
    }

    @Test
    void aMonthToDateIsComparedWithTheSameDaysOfLastMonthNotWithAllOfIt() throws Exception {
        // given: September's data starts on the 17th, so its first fifteen days have none

        // when: October to date
        String executive = pdf(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"));
        String payments = pdf(out.resolve("reports/2026-10/teams/payments.pdf"));

        // then: compared with September 1 to 15, not with the whole of September
        assertThat(executive).contains("2026-10 · month to date (through 2026-10-15)")
            .contains("Same days of last month (2026-09-01 to 15, data on 0 of 15 days): 0.00 USD · no data to "
                    + "compare with")
            .doesNotContain("Last month (2026-09");
        assertThat(payments).contains("kubeledger · statement of payments")
            .contains("Same days of last month (2026-09-01 to 15, data on 0 of 15 days): 0.00 USD");
    }

    @Test
    void everyTeamChargedGetsAStatementAndTheyAddUpToTheMonth() throws Exception {
        List<Path> statements;
        try (Stream<Path> files = Files.list(out.resolve("reports/2026-10/teams"))) {
            statements = files.sorted().toList();
        }
        // every team charged, and team shared, whose statement has the shared namespaces'
        // rightsizing
        List<Object> teams = NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Team FROM read_parquet('%s/lake/chargeback/date=2026-10-*/*.parquet')
                UNION SELECT team FROM read_parquet('%1$s/lake/rightsizing/date=2026-10-15/*.parquet')
                WHERE team = 'shared' AND action <> 'keep' ORDER BY 1
                """.formatted(out)).stream().map(row -> row.get(0)).toList();

        assertThat(statements).extracting(file -> file.getFileName().toString().replace(".pdf", ""))
            .containsExactlyElementsOf(teams.stream().map(Object::toString).toList());
        for (Path statement : charged(statements)) {
            assertThat(pdf(statement)).contains("month to date (through 2026-10-15)", "Cost by kind",
                    "Cost by cluster");
        }
    }

    @Test
    void thePrintedPartsOfEverySectionAddUpToThePrintedTotal() throws Exception {
        String executive = pdf(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"));
        BigDecimal total = printedTotal(executive);
        assertThat(sum(section(executive, "Cost per team", "What each team pays for"))).isEqualTo(total);
        assertThat(sum(section(executive, "Cost per cluster", "Log Analytics: what is charged"))).isEqualTo(total);
        List<Path> statements;
        try (Stream<Path> files = Files.list(out.resolve("reports/2026-10/teams"))) {
            statements = files.sorted().toList();
        }
        for (Path statement : charged(statements)) {
            String text = pdf(statement);
            BigDecimal teamTotal = printedTotal(text);
            assertThat(sum(section(text, "Cost by kind", "Cost by cluster"))).as(statement.toString())
                .isEqualTo(teamTotal);
            // by cluster, then by namespace and shares of shared costs: the team's total
            // twice
            assertThat(sum(section(text, "Cost by cluster", "What the money buys"))).as(statement.toString())
                .isEqualTo(teamTotal.multiply(BigDecimal.valueOf(2)));
            assertThat(sum(section(text, "What the money buys", "Rightsizing: "))).as(statement.toString())
                .isEqualTo(teamTotal);
        }
    }

    @Test
    void theFirstPageHasARowOfFiguresNoDateBrokenAcrossLinesAndTheWorkbooksChangesAndCountsAreNumbers()
            throws Exception {
        // when
        String executive = pdf(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"));
        String firstPage = executive.substring(0, executive.indexOf("Page 1 of"));

        // then: the status and the bill each on a line of their own, no line ending
        // inside a date
        assertThat(firstPage.lines()).contains("2026-10 · month to date (through 2026-10-15)",
                "reconciled with the Azure bill through 2026-10-15");
        assertThat(firstPage.lines()).noneMatch(line -> line.matches(".*\\d{4}-\\d{2}-"));
        assertThat(firstPage).containsPattern("Unowned \\d+\\.\\d % · idle \\d+\\.\\d % of the clusters' bill · "
                + "requests CPU \\d+ %, memory \\d+ % used");
        // a cluster's lines of no namespace are named by what they are, not by the kinds'
        // names in brackets
        assertThat(executive).contains("/ cluster-wide: idle capacity").doesNotContain("/ (idle)");
        try (Workbook workbook = WorkbookFactory
            .create(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx").toFile())) {
            Row teamsHeader = workbook.getSheet("Teams").getRow(0);
            assertThat(teamsHeader.getCell(11).getStringCellValue())
                .isEqualTo("Change against 2026-09-01 to 15, per day of data");
            Row rowsRead = StreamSupport.stream(workbook.getSheet("Summary").spliterator(), false)
                .filter(row -> row.getCell(0).getStringCellValue().startsWith("OpenCost rows read"))
                .findFirst()
                .orElseThrow();
            assertThat(rowsRead.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rowsRead.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    /**
     * The statements of teams charged: team shared's has only the shared namespaces'
     * rightsizing.
     */
    private static List<Path> charged(List<Path> statements) {
        return statements.stream()
            .filter(statement -> !statement.getFileName().toString().equals("shared.pdf"))
            .toList();
    }

    private static BigDecimal printedTotal(String text) {
        Matcher total = Pattern.compile("Total: ([\\d,.-]+) USD").matcher(text);
        assertThat(total.find()).isTrue();
        return new BigDecimal(total.group(1).replace(",", ""));
    }

    /** The text from a section's heading to the next one's. */
    private static String section(String text, String heading, String next) {
        int start = text.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        return text.substring(start, text.indexOf(next, start));
    }

    /**
     * The sum of the amounts printed at the end of a section's lines, before their
     * shares.
     */
    private static BigDecimal sum(String section) {
        Matcher amount = Pattern.compile("(-?[\\d,]+\\.\\d{2}) -?[\\d.]+%$", Pattern.MULTILINE).matcher(section);
        BigDecimal sum = BigDecimal.ZERO;
        while (amount.find()) {
            sum = sum.add(new BigDecimal(amount.group(1).replace(",", "")));
        }
        return sum;
    }

    @Test
    void aReportsRunOnAFreshDatabaseRebuildsTheMonthsReportsFromTheLake(@TempDir Path fresh) throws Exception {
        // given: only the lake, on a new output folder with a new job database
        copy(out.resolve("lake"), fresh.resolve("lake"));

        // when
        int exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), fresh, "reportDate=2026-10-15",
                "--kubeledger.phase=reports", "--kubeledger.local-root=" + SAMPLE);

        // then: the same workbook cells, the same text in every PDF, last month's
        // comparison included
        assertThat(exitCode).isZero();
        Path workbook = Path.of("reports/2026-10/kubeledger-2026-10.xlsx");
        assertThat(ReportContents.cells(fresh.resolve(workbook)))
            .isEqualTo(ReportContents.cells(out.resolve(workbook)));
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(out.resolve("reports/2026-10"))) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSizeGreaterThan(2);
        for (Path pdf : pdfs) {
            assertThat(pdf(fresh.resolve(out.relativize(pdf)))).as(pdf.toString()).isEqualTo(pdf(pdf));
        }
        assertThat(pdf(fresh.resolve("reports/2026-10/kubeledger-2026-10.pdf"))).contains("Same days of last month");
    }

    @Test
    void aCorruptLakePartFailsTheReportsRunNamingTheFileAndTheDayToRecompute(@TempDir Path broken,
            CapturedOutput output) throws Exception {
        // given: the lake, with one day's part cut short
        copy(out.resolve("lake"), broken.resolve("lake"));
        Path part = broken.resolve("lake/chargeback/date=2026-10-07/part-00000.parquet");
        Files.write(part, Arrays.copyOf(Files.readAllBytes(part), 2000));

        // when
        int exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), broken, "reportDate=2026-10-15",
                "--kubeledger.phase=reports", "--kubeledger.local-root=" + SAMPLE);

        // then
        assertThat(exitCode).isEqualTo(65);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-15")).singleElement()
            .asString()
            .contains("FAILED: the lake's file " + part + " cannot be read (Invalid Input Error: No magic bytes "
                    + "found at end of file), so the reports of 2026-10-15 are not built: run the compute of "
                    + "2026-10-07 again to write it anew")
            .doesNotContain("SQL");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static String pdf(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

}
