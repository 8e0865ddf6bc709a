package io.kubeledger;

import static io.kubeledger.BrokenSampleEndToEndTests.cell;
import static io.kubeledger.BrokenSampleEndToEndTests.copy;
import static io.kubeledger.BrokenSampleEndToEndTests.firstPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month with a gap in one cluster's export: five days of aks-dev-weu's October are
 * missing. The month is never called final, every first page names the cluster and the
 * days, the workbook's Coverage sheet shows every cluster and day, and October is
 * compared with September (whose data starts on the 17th) per day of data, not by totals.
 */
class CoverageEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final List<String> GAP = List.of("2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
            "2026-10-07");

    @TempDir
    static Path work;
    static Path out;
    static Path export;

    @BeforeAll
    static void runSeptemberThenOctoberWithAGap() throws IOException {
        Path snapshot = work.resolve("sample");
        copy(SAMPLE, snapshot);
        export = snapshot.resolve("blob/stfinopsexports/opencost/aks-dev-weu.csv");
        Files.write(export,
                Files.readAllLines(export).stream().filter(line -> GAP.stream().noneMatch(line::startsWith)).toList());
        out = work.resolve("out");
        for (String reportDate : List.of("2026-09-30", "2026-10-31")) {
            assertThat(KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), out, "reportDate=" + reportDate,
                    "--kubeledger.local-root=" + snapshot))
                .isZero();
        }
    }

    @Test
    void theFirstPageOfEveryReportNamesTheClusterAndItsDaysWithoutData() throws IOException {
        String gap = "INCOMPLETE DATA: 1 of 4 clusters have no OpenCost row on 5 cluster-day(s) 2026-10-01 to 31, "
                + "whose costs these figures lack: aks-dev-weu 2026-10-03 to 07";
        assertThat(joined(firstPage(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"))))
            .contains("2026-10 · month ended, data incomplete")
            .doesNotContain("· final")
            .contains(gap);
        try (Stream<Path> statements = Files.list(out.resolve("reports/2026-10/teams"))) {
            for (Path statement : statements.toList()) {
                assertThat(joined(firstPage(statement))).as(statement.toString())
                    .contains("month ended, data incomplete")
                    .contains(gap);
            }
        }
    }

    /** The text with the words a line break split after a hyphen joined again. */
    private static String joined(String text) {
        return text.replaceAll("-\\s+", "-");
    }

    @Test
    void theWorkbooksCoverageSheetHasTheRowsReadOfEveryClusterAndDay() throws Exception {
        long rowsOfTheFirst = Files.readAllLines(export).stream().filter(line -> line.startsWith("2026-10-01")).count();
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet coverage = workbook.getSheet("Coverage");
            assertThat(cell(coverage, "Cluster", 2)).isEqualTo("2026-10-01");
            assertThat(cell(coverage, "aks-dev-weu", 1)).isEqualTo("5");
            assertThat(cell(coverage, "aks-dev-weu", 2)).isEqualTo(Long.toString(rowsOfTheFirst));
            for (int day = 3; day <= 7; day++) {
                assertThat(cell(coverage, "aks-dev-weu", day + 1)).isEqualTo("missing");
            }
            assertThat(cell(coverage, "aks-prod-eus", 1)).isEqualTo("0");
            Sheet summary = workbook.getSheet("Summary");
            assertThat(cell(summary, "Status", 1)).isEqualTo("month ended, data incomplete");
            assertThat(cell(summary, "Data coverage", 1)).startsWith("INCOMPLETE DATA: 1 of 4 clusters");
        }
    }

    @Test
    void aMonthWithGapsIsComparedPerDayOfDataNamingItsPeriodAndCoverage() throws Exception {
        String executive = firstPage(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"));

        // and September, an estimate, is compared with the billed October on the basis
        // both have
        assertThat(executive.replaceAll("\\s+", " "))
            .contains("Last month (2026-09, month ended, data incomplete, " + "data on 14 of 30 days): ")
            .contains("USD on OpenCost's allocation (logs at the price list, idle and "
                    + "corrections left out: 2026-09 is an estimate, this month billed) · not like for like, so per "
                    + "day of data: ");
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(cell(workbook.getSheet("Summary"), "Against last month", 1))
                .startsWith("Last month (2026-09, month ended, data incomplete, data on 14 of 30 days): ");
            // the change a percent, its base in the column's heading
            assertThat(cell(workbook.getSheet("Teams"), "Team", 11))
                .isEqualTo("Change against 2026-09, per day of data");
            assertThat(cell(workbook.getSheet("Teams"), "payments", 11)).matches("-?\\d+\\.\\d%");
            assertThat(cell(workbook.getSheet("Clusters"), "Cluster", 3))
                .isEqualTo("Change against 2026-09, per day of data");
            assertThat(cell(workbook.getSheet("Clusters"), "aks-prod-eus", 3)).matches("-?\\d+\\.\\d%");
        }
    }

    @Test
    void theMoversSheetTotalsItsTeamsNotTheirNamespacesAgain() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet movers = workbook.getSheet("Movers");
            double[] teams = new double[2];
            for (Row row : movers) {
                if ("team".equals(row.getCell(0).getStringCellValue())) {
                    teams[0] += row.getCell(2).getNumericCellValue();
                    teams[1] += row.getCell(3).getNumericCellValue();
                }
            }
            // and each team's namespaces, on the same basis, add up to the team
            double paymentsNamespaces = 0;
            for (Row row : movers) {
                if ("team · namespace".equals(row.getCell(0).getStringCellValue())
                        && row.getCell(1).getStringCellValue().startsWith("payments · ")) {
                    paymentsNamespaces += row.getCell(3).getNumericCellValue();
                }
            }
            assertThat(paymentsNamespaces).isCloseTo(rowOf(movers, "payments").getCell(3).getNumericCellValue(),
                    offset(1e-6));
            Row total = movers.getRow(movers.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(2).getNumericCellValue()).isCloseTo(teams[0], offset(1e-6));
            assertThat(total.getCell(3).getNumericCellValue()).isCloseTo(teams[1], offset(1e-6));
            assertThat(total.getCell(3).getCellFormula())
                .isEqualTo("SUMIFS(D2:D" + movers.getLastRowNum() + ",A2:A" + movers.getLastRowNum() + ",\"team\")");
        }
    }

    @Test
    void aTeamsStatementSaysWhatChangedPerNamespaceAgainstLastMonth() throws Exception {
        String statement = ReportContents.text(out.resolve("reports/2026-10/teams/payments.pdf"));

        assertThat(statement).contains("What changed against 2026-09, per day of data");
    }

    @Test
    void theTopMoversAreTheBiggestChangesAgainstLastMonthScaledToTheDaysOfData() throws Exception {
        String executive = ReportContents.text(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"));
        assertThat(executive).contains("Top movers against 2026-09, per day of data");
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet movers = workbook.getSheet("Movers");
            assertThat(cell(movers, "Kind", 2)).isEqualTo("Last month (2026-09, per day of data)");
            // September's 14 days of payments, scaled to October's 31 days of data
            double september = Double.parseDouble(NightlyJobEndToEndTests.query("""
                    SELECT sum(EffectiveCost) FROM read_parquet('%s/lake/chargeback/date=2026-09-*/*.parquet')
                    WHERE x_Team = 'payments'""".formatted(out)).get(0).get(0).toString());
            assertThat(movers)
                .noneSatisfy(row -> assertThat(new DataFormatter().formatCellValue(row.getCell(1))).endsWith("(idle)"));
            Row payments = rowOf(movers, "payments");
            assertThat(payments.getCell(2).getNumericCellValue()).isCloseTo(september * 31 / 14, offset(1e-6));
            assertThat(payments.getCell(4).getNumericCellValue()).isCloseTo(
                    payments.getCell(3).getNumericCellValue() - payments.getCell(2).getNumericCellValue(),
                    offset(1e-6));
        }
    }

    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + name + " in " + sheet.getSheetName());
    }

}
