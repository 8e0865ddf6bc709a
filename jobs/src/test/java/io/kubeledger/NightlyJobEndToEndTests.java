package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job on the bundled sample as a user would and reads every output back with a reader of its own:
 * DuckDB for the lake (and for the exports it reconciles against), POI for the workbook, PDFBox for the PDF.
 */
class NightlyJobEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    @TempDir
    static Path out;

    private static int exitCode;

    @BeforeAll
    static void runTheSampleForOctober() {
        exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);
    }

    @Test
    void completes() {
        assertThat(exitCode).isZero();
    }

    @Test
    void everyDayOfTheLakeReconcilesWithTheExportsToTheCent() throws SQLException {
        // given: the exports' TotalCost per day, summed by DuckDB from the CSV text
        Map<String, BigDecimal> exported = dailyTotals("""
                SELECT "Date" AS day, sum(CAST("TotalCost" AS DECIMAL(38, 20))) AS cost
                FROM read_csv('%s/blob/*/*/*.csv', union_by_name = true, all_varchar = true)
                WHERE "Date" BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY 1
                """.formatted(SAMPLE.toAbsolutePath()));

        // when
        Map<String, BigDecimal> charged = dailyTotals("""
                SELECT strftime(ChargePeriodStart AT TIME ZONE 'UTC', '%%Y-%%m-%%d') AS day, sum(BilledCost) AS cost
                FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_CostKind = 'workload' GROUP BY 1
                """.formatted(out));

        // then
        assertThat(charged).hasSize(31).containsOnlyKeys(exported.keySet());
        exported.forEach((day, cost) -> assertThat(charged.get(day).subtract(cost).abs())
                .as(day).isLessThan(new BigDecimal("0.000000000001")));
    }

    @Test
    void lakeIsPartitionedByDayWithFocusColumns() throws SQLException, IOException {
        try (Stream<Path> partitions = Files.list(out.resolve("lake/chargeback"))) {
            assertThat(partitions.map(p -> p.getFileName().toString()))
                    .hasSize(31).allMatch(name -> name.matches("date=2026-10-\\d\\d"));
        }
        List<List<Object>> rows = query("""
                SELECT DISTINCT BillingCurrency, ChargeCategory, ServiceName, x_Allocation, typeof(BilledCost),
                       strftime(BillingPeriodStart AT TIME ZONE 'UTC', '%%Y-%%m-%%d')
                FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_Team = 'shared'
                """.formatted(out));
        assertThat(rows).containsExactly(List.of("USD", "Usage", "Azure Kubernetes Service", "shared",
                "DECIMAL(38,12)", "2026-10-01"));
        List<List<Object>> unregistered = query("""
                SELECT DISTINCT x_Team FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE NOT x_TeamRegistered
                """.formatted(out));
        assertThat(unregistered).containsExactly(List.of("growth"));
    }

    @Test
    void workbookTotalsEqualTheLake() throws Exception {
        BigDecimal lakeTotal = lakeTotal();
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet("Summary").getRow(1).getCell(1).getStringCellValue()).isEqualTo("final");
            assertThat(workbook.getSheet("Summary").getRow(3).getCell(1).getNumericCellValue())
                    .isCloseTo(lakeTotal.doubleValue(), offset(1e-6));
            for (String sheet : List.of("Teams", "Clusters", "Namespaces", "Daily")) {
                assertThat(sumOfColumn(workbook.getSheet(sheet), "Cost")).as(sheet)
                        .isCloseTo(lakeTotal.doubleValue(), offset(1e-6));
            }
            assertThat(workbook.getSheet("Teams").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void pdfShowsTheMonthTotalAndEveryTeam() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        BigDecimal lakeTotal = lakeTotal();
        assertThat(text).contains("2026-10 · final")
                .contains("Total: " + String.format("%,.2f", lakeTotal) + " USD")
                .contains("payments", "checkout", "search", "data-platform", "identity", "ml", "shared",
                        "unallocated", "growth", "aks-prod-weu", "aks-data-neu");
    }

    @Test
    void aRerunOfTheSameDayGivesTheSameLake() throws Exception {
        // given
        List<List<Object>> before = query("SELECT * FROM read_parquet('%s/lake/chargeback/*/*.parquet') ORDER BY ALL"
                .formatted(out));

        // when
        int rerun = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);

        // then
        assertThat(rerun).isZero();
        assertThat(query("SELECT * FROM read_parquet('%s/lake/chargeback/*/*.parquet') ORDER BY ALL".formatted(out)))
                .isEqualTo(before);
        try (Stream<Path> files = Files.walk(out.resolve("lake"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(31);
        }
    }

    private static BigDecimal lakeTotal() throws SQLException {
        return (BigDecimal) query("SELECT sum(BilledCost) FROM read_parquet('%s/lake/chargeback/*/*.parquet')"
                .formatted(out)).get(0).get(0);
    }

    private static double sumOfColumn(Sheet sheet, String header) {
        int column = -1;
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                column = cell.getColumnIndex();
            }
        }
        double sum = 0;
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                sum += row.getCell(column).getNumericCellValue();
            }
        }
        return sum;
    }

    private static Map<String, BigDecimal> dailyTotals(String sql) throws SQLException {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (List<Object> row : query(sql)) {
            totals.put((String) row.get(0), (BigDecimal) row.get(1));
        }
        return totals;
    }

    static List<List<Object>> query(String sql) throws SQLException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
