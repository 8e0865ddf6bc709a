package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample with the values OpenCost's own writer puts in its exports (opencost#3574 and
 * Go's FormatFloat): negative zero, float residue below zero, real credits and NaN or
 * infinite usage. Not a cent of them is lost: every day of the lake still adds up to the
 * files, nothing is quarantined, and the reports say what was unusual.
 */
class ExporterValuesEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    /**
     * The columns before {@code Labels} in the layout of aks-prod-weu's export, the last
     * of which is TotalCost.
     */
    private static final int CPU_USAGE = 6;

    private static final int RAM_USAGE = 8;

    private static final int CPU_COST = 14;

    private static final int TOTAL_COST = 19;

    @TempDir
    Path work;

    @Test
    void everyValueTheExporterWritesIsChargedAndTheDaysAddUpToTheFiles() throws Exception {
        // given: a copy of the sample whose aks-prod-weu export has the values OpenCost
        // writes
        Path snapshot = work.resolve("sample");
        BrokenSampleEndToEndTests.copy(SAMPLE, snapshot);
        Path export = snapshot.resolve("blob/stfinopsexports/opencost/aks-prod-weu.csv");
        Injected injected = inject(export);

        // when: without the bill, so that the lake is the files' estimate
        int exitCode = KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot, "--kubeledger.billing.cost-export=");

        // then: nothing is quarantined, and each day of the lake is each day of the files
        assertThat(exitCode).isZero();
        Path out = work.resolve("out");
        assertThat(out.resolve("quarantine/2026-10-31/opencost.jsonl")).doesNotExist();
        SnapshotTotals.assertEveryDayMatches(out,
                SnapshotTotals.daily(snapshot, snapshot.resolve("kubeledger.yaml"), "2026-10-01", "2026-10-31"), 31);
        BigDecimal workload = (BigDecimal) NightlyJobEndToEndTests.query("""
                SELECT sum(EffectiveCost) FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_Cluster = 'aks-prod-weu' AND x_CostKind = 'workload' AND x_Allocation <> 'shared'
                """.formatted(out)).get(0).get(0);
        assertThat(workload).isPositive();

        // and the reports count the credits and the rows with unknown figures
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(BrokenSampleEndToEndTests.cell(summary,
                    "OpenCost credit rows (negative TotalCost, charged as written)", 1))
                .isEqualTo(String.valueOf(injected.octoberCredits()));
            assertThat(numberOf(summary, "  Their sum")).isCloseTo(injected.octoberCreditSum().doubleValue(),
                    within(1e-9));
            assertThat(Long.parseLong(BrokenSampleEndToEndTests.cell(summary,
                    "OpenCost rows with an unknown figure (charged; left out of the rightsizing)", 1)))
                .isPositive();
        }
        assertThat(BrokenSampleEndToEndTests.firstPage(out.resolve("reports/2026-10/kubeledger-2026-10.pdf")))
            .contains("Data quality: " + injected.octoberCredits() + " OpenCost row(s) of the month are credits");
    }

    private static double numberOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row '" + label + "' in sheet " + sheet.getSheetName());
    }

    /** How many credits of October were written, and their sum. */
    private record Injected(long octoberCredits, BigDecimal octoberCreditSum) {
    }

    /**
     * Rewrites the export's rows: some costs become negative zero or the residue of 0.3 -
     * (0.1 + 0.2), some rows credits, some usage NaN or infinite, each formatted as Go
     * formats it.
     */
    private static Injected inject(Path export) throws IOException {
        List<String> lines = Files.readAllLines(export);
        List<String> rewritten = new ArrayList<>(List.of(lines.get(0)));
        long credits = 0;
        BigDecimal creditSum = BigDecimal.ZERO;
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", TOTAL_COST + 2);
            double total = Double.parseDouble(fields[TOTAL_COST]);
            if (i % 7 == 0) {
                fields[TOTAL_COST] = GoFloat.format(-0.0);
            }
            else if (i % 11 == 0) {
                fields[TOTAL_COST] = GoFloat.format(0.3 - (0.1 + 0.2));
            }
            else if (i % 13 == 0) {
                fields[TOTAL_COST] = GoFloat.format(-total);
            }
            if (i % 17 == 0) {
                fields[CPU_USAGE] = GoFloat.format(Double.NaN);
            }
            else if (i % 19 == 0) {
                fields[RAM_USAGE] = GoFloat.format(Double.POSITIVE_INFINITY);
            }
            else if (i % 23 == 0) {
                fields[CPU_COST] = GoFloat.format(Double.NEGATIVE_INFINITY);
            }
            BigDecimal charged = new BigDecimal(fields[TOTAL_COST]);
            if (charged.signum() < 0 && fields[0].startsWith("2026-10-")) {
                credits++;
                creditSum = creditSum.add(charged);
            }
            rewritten.add(String.join(",", fields));
        }
        assertThat(String.join("\n", rewritten)).contains(",-0,")
            .contains(",-0.00000000000000005551115123125783,")
            .contains(",NaN,")
            .contains(",+Inf,")
            .contains(",-Inf,");
        Files.write(export, rewritten);
        return new Injected(credits, creditSum);
    }

}
