package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.kubeledger.ingest.BillFixture.Row;
import io.kubeledger.ingest.BillFixture;

/**
 * The sample with the month's bill: the run reads the newest export run whole, finds each
 * cluster's resources (its node resource group, from ARM, and the cluster itself) and
 * workspaces on it, and says what they were billed; a bill that cannot be read whole
 * fails the run, and a month the export has no run of stays an estimate, saying so.
 */
@ExtendWith(OutputCaptureExtension.class)
class BillingEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final String SUBSCRIPTION = "ba419d35-0dfe-8af7-aee7-bbe10c45c028";

    private static final String NODES = "MC_rg-aks-prod-weu_aks-prod-weu_westeurope";

    private static final String EXPORT = "https://stbilling.blob.core.windows.net/exports/focus/kubeledger-focus";

    @TempDir
    Path work;

    Path snapshot;

    Path exportFolder;

    @BeforeEach
    void copyTheSample() throws IOException {
        snapshot = work.resolve("sample");
        BrokenSampleEndToEndTests.copy(SAMPLE, snapshot);
        exportFolder = snapshot.resolve("blob/stbilling/exports/focus/kubeledger-focus");
        BrokenSampleEndToEndTests.delete(exportFolder); // the sample's own bill: each
                                                        // test writes its own
    }

    /**
     * aks-prod-weu's day: 150 of nodes (reserved), 1.50 of disks, 0.25 of its load
     * balancer, 0.10 of its fee; 3 of its workspace; 7 of another. Their FOCUS
     * ResourceType is the display name Cost Management writes (BillFixture).
     */
    static List<Row> day(int day) {
        String date = "2026-10-%02d".formatted(day);
        String nodes = "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + NODES.toLowerCase() + "/providers/";
        return List.of(
                new Row(date, SUBSCRIPTION, NODES, nodes + "microsoft.compute/virtualmachinescalesets/aks-user-1",
                        "Microsoft.Compute/virtualMachineScaleSets", "0", "150"),
                new Row(date, SUBSCRIPTION, NODES, nodes + "microsoft.compute/disks/aks-os-1",
                        "Microsoft.Compute/disks", "1.5", "1.5"),
                new Row(date, SUBSCRIPTION, NODES, nodes + "microsoft.network/loadbalancers/kubernetes",
                        "Microsoft.Network/loadBalancers", "0.25", "0.25"),
                new Row(date, SUBSCRIPTION, "rg-aks-prod-weu",
                        "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/"
                                + "rg-aks-prod-weu/providers/microsoft.containerservice/managedclusters/aks-prod-weu",
                        "Microsoft.ContainerService/managedClusters", "0.1", "0.1"),
                new Row(date, SUBSCRIPTION, "rg-aks-prod-weu",
                        "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/"
                                + "rg-aks-prod-weu/providers/microsoft.operationalinsights/workspaces/log-aks-prod-weu",
                        "Microsoft.OperationalInsights/workspaces", "3", "3"),
                new Row(date, SUBSCRIPTION, "rg-data",
                        "/subscriptions/" + SUBSCRIPTION
                                + "/resourcegroups/rg-data/providers/microsoft.sql/servers/sql-1",
                        "Microsoft.Sql/servers", "7", "7"));
    }

    /**
     * The run's rows end on the 29th, whether its manifest says so or claims days whose
     * usage has not arrived.
     */
    @ParameterizedTest(name = "endDate {0}")
    @ValueSource(strings = { "2026-10-29", "2026-10-31" })
    void theRunSaysWhatTheNewestExportRunBilledEachClusterAndWorkspaceAndHowMuchOfItIsIdle(String endDate,
            CapturedOutput output) throws Exception {
        // given: October's export, run on the 30th, its rows through the 29th, in two
        // Snappy Parquet parts
        List<Row> first = new ArrayList<>();
        List<Row> second = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            (day <= 15 ? first : second).addAll(day(day));
        }
        BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-30T06:12:00Z"),
                endDate, "Parquet", List.of(first, second));

        // when
        int exitCode = run();

        // then: beside the bill, what OpenCost allocated the cluster on the same days,
        // read from its export here
        BigDecimal allocated = (BigDecimal) NightlyJobEndToEndTests.query("""
                SELECT sum(CAST("TotalCost" AS DECIMAL(38, 20))) FROM read_csv('%s', all_varchar = true)
                WHERE "Date" BETWEEN '2026-10-01' AND '2026-10-29'
                """.formatted(snapshot.resolve("blob/stfinopsexports/opencost/aks-prod-weu.csv"))).get(0).get(0);
        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("bill: export run 5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11 (" + EXPORT
                + "/20261001-20261031/202610300612/5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11/manifest.json), billed "
                + "through 2026-10-29: aks-prod-weu 4,403.65 USD billed, "
                + String.format(Locale.ROOT, "%,.2f allocated by OpenCost, %,.2f idle", allocated,
                        new BigDecimal("4403.65").subtract(allocated))
                + "; workspaces log-aks-prod-weu 87.00 USD; 29 rows of other "
                + "resources, not charged; no row of [aks-prod-eus, aks-dev-weu, aks-data-neu], whose days stay "
                + "estimates");
        assertTheLakeAddsUpToTheBillEveryBilledDay();
        // and ListCost keeps OpenCost's estimate: idle rows have none
        BigDecimal listed = (BigDecimal) NightlyJobEndToEndTests.query("""
                SELECT sum(ListCost) FROM read_parquet('%s') WHERE x_Cluster = 'aks-prod-weu'
                  AND x_CostBucket IS NOT NULL AND x_CostStatus = 'billed'
                """.formatted(work.resolve("out/lake/chargeback/*/*.parquet"))).get(0).get(0);
        assertThat(listed.subtract(allocated).abs()).isLessThan(new BigDecimal("0.000000001"));
    }

    /**
     * Every day the run bills, the cluster's workload and idle rows add up to each
     * bucket's bill and the workspace's log rows to its bill, to the last digit, and are
     * {@code billed}; the other days and clusters are estimates.
     */
    private void assertTheLakeAddsUpToTheBillEveryBilledDay() throws Exception {
        String lake = work.resolve("out/lake/chargeback/*/*.parquet").toString();
        List<List<Object>> buckets = NightlyJobEndToEndTests.query("""
                SELECT x_CostBucket, count(DISTINCT ChargePeriodStart), min(day_sum), max(day_sum) FROM (
                  SELECT ChargePeriodStart, x_CostBucket, sum(EffectiveCost) AS day_sum FROM read_parquet('%s')
                  WHERE x_Cluster = 'aks-prod-weu' AND x_CostBucket IS NOT NULL AND x_CostStatus = 'billed'
                  GROUP BY ALL) GROUP BY ALL ORDER BY 1
                """.formatted(lake));
        assertThat(buckets).containsExactly(
                List.of("cluster-fee", 29L, new BigDecimal("0.100000000000"), new BigDecimal("0.100000000000")),
                List.of("compute", 29L, new BigDecimal("150.000000000000"), new BigDecimal("150.000000000000")),
                List.of("network", 29L, new BigDecimal("0.250000000000"), new BigDecimal("0.250000000000")),
                List.of("other", 29L, new BigDecimal("0E-12"), new BigDecimal("0E-12")),
                List.of("storage", 29L, new BigDecimal("1.500000000000"), new BigDecimal("1.500000000000")));
        // and BilledCost is what was invoiced, charged the same way from the bill's
        // BilledCost: the reserved nodes
        // nothing, the rest as amortized
        List<List<Object>> invoiced = NightlyJobEndToEndTests.query("""
                SELECT x_CostBucket, min(day_sum), max(day_sum) FROM (
                  SELECT ChargePeriodStart, x_CostBucket, sum(BilledCost) AS day_sum FROM read_parquet('%s')
                  WHERE x_Cluster = 'aks-prod-weu' AND x_CostBucket IS NOT NULL AND x_CostStatus = 'billed'
                  GROUP BY ALL) GROUP BY ALL ORDER BY 1
                """.formatted(lake));
        assertThat(invoiced).containsExactly(
                List.of("cluster-fee", new BigDecimal("0.100000000000"), new BigDecimal("0.100000000000")),
                List.of("compute", new BigDecimal("0E-12"), new BigDecimal("0E-12")),
                List.of("network", new BigDecimal("0.250000000000"), new BigDecimal("0.250000000000")),
                List.of("other", new BigDecimal("0E-12"), new BigDecimal("0E-12")),
                List.of("storage", new BigDecimal("1.500000000000"), new BigDecimal("1.500000000000")));
        List<List<Object>> logs = NightlyJobEndToEndTests.query("""
                SELECT count(*), min(day_sum), max(day_sum) FROM (
                  SELECT ChargePeriodStart, sum(EffectiveCost) AS day_sum FROM read_parquet('%s')
                  WHERE ResourceName = 'log-aks-prod-weu' AND x_CostStatus = 'billed' GROUP BY ALL)
                """.formatted(lake));
        assertThat(logs)
            .containsExactly(List.of(29L, new BigDecimal("3.000000000000"), new BigDecimal("3.000000000000")));
        List<List<Object>> estimated = NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Cluster, strftime(ChargePeriodStart AT TIME ZONE 'UTC', '%%d') AS day
                FROM read_parquet('%s') WHERE x_CostStatus = 'estimated' AND x_Cluster = 'aks-prod-weu'
                  AND x_CostKind <> 'monitoring' AND x_CostKind <> 'container-logs' ORDER BY day
                """.formatted(lake));
        assertThat(estimated).containsExactly(List.of("aks-prod-weu", "30"), List.of("aks-prod-weu", "31"));
    }

    @Test
    void aLaterShorterRunReplacesOnlyItsOwnDaysAndTheSummaryNamesWhichRunBillsWhichDays(CapturedOutput output)
            throws Exception {
        // given: the month's run through the 29th, then an on-demand run of the 10th to
        // the 12th whose disks cost more
        List<Row> month = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            month.addAll(day(day));
        }
        BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-30T06:12:00Z"),
                "2026-10-29", "Csv", List.of(month));
        List<Row> rerun = new ArrayList<>();
        for (int day = 10; day <= 12; day++) {
            day(day).stream()
                .map(row -> row.resourceId().endsWith("aks-os-1") ? new Row(row.day(), row.subscription(),
                        row.resourceGroup(), row.resourceId(), row.resourceType(), "2.5", "2.5") : row)
                .forEach(rerun::add);
        }
        BillFixture.run(exportFolder, "7a0d4c1e-0b5f-4a43-9a61-2b7c9e4f1a22", Instant.parse("2026-10-31T09:00:00Z"),
                "2026-10-12", "Csv", List.of(rerun));

        // when
        int exitCode = run();

        // then: every day to the 29th billed, each by the newest run that has it
        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("bill: export runs 7a0d4c1e-0b5f-4a43-9a61-2b7c9e4f1a22 (" + EXPORT
                + "/20261001-20261031/202610310900/7a0d4c1e-0b5f-4a43-9a61-2b7c9e4f1a22/manifest.json) for 2026-10-10 to "
                + "2026-10-12, and run 5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11 (" + EXPORT + "/20261001-20261031/"
                + "202610300612/5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11/manifest.json) for 2026-10-01 to 2026-10-09, "
                + "2026-10-13 to 2026-10-29, billed through 2026-10-29: aks-prod-weu 4,406.65 USD billed");
        List<List<Object>> storage = NightlyJobEndToEndTests
            .query("""
                    SELECT strftime(ChargePeriodStart AT TIME ZONE 'UTC', '%%d') AS day, sum(EffectiveCost) FROM read_parquet('%s')
                    WHERE x_Cluster = 'aks-prod-weu' AND x_CostBucket = 'storage' AND x_CostStatus = 'billed'
                    GROUP BY ALL HAVING sum(EffectiveCost) <> 1.5 ORDER BY day
                    """
                .formatted(work.resolve("out/lake/chargeback/*/*.parquet")));
        assertThat(storage).containsExactly(List.of("10", new BigDecimal("2.500000000000")),
                List.of("11", new BigDecimal("2.500000000000")), List.of("12", new BigDecimal("2.500000000000")));
        assertThat(Files.readString(work.resolve("out/lake/runs/date=2026-10-31/part-00000.json")))
            .contains("\"exportRun\" : \"7a0d4c1e-0b5f-4a43-9a61-2b7c9e4f1a22 for 2026-10-10 to 2026-10-12, and run "
                    + "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11 for 2026-10-01 to 2026-10-09, 2026-10-13 to 2026-10-29\"");
    }

    @Test
    void aCorrectionOfAnEarlierPeriodIsChargedOnTheMonthsFirstDayToTheClustersTeamsAndListedOnTheInvoice(
            CapturedOutput output) throws Exception {
        // given: October's run, in uncompressed Parquet, with refunds dated in September
        // to the cluster's nodes (billed
        // -30, amortized -40) and to its workspace
        List<Row> rows = new ArrayList<>(day(1));
        rows.add(new Row("2026-09-28", SUBSCRIPTION, NODES,
                "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + NODES.toLowerCase()
                        + "/providers/microsoft.compute/virtualmachinescalesets/aks-user-1",
                "Microsoft.Compute/virtualMachineScaleSets", "-30", "-40"));
        rows.add(new Row("2026-09-30", SUBSCRIPTION, "rg-aks-prod-weu", "/subscriptions/" + SUBSCRIPTION
                + "/resourcegroups/rg-aks-prod-weu/providers/microsoft.operationalinsights/workspaces/log-aks-prod-weu",
                "Microsoft.OperationalInsights/workspaces", "-2", "-2"));
        BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-02", "ParquetUncompressed", List.of(rows));

        // when
        assertThat(run()).isZero();

        // then: October is billed as before, and the corrections said
        assertThat(output.getOut()).contains("billed through 2026-10-01: aks-prod-weu 151.85 USD billed")
            .contains("; corrections of earlier periods on this bill, charged on the month's first day to the teams "
                    + "of the clusters: aks-prod-weu -40.00 USD, log-aks-prod-weu -2.00 USD");
        // and charged, in the first day's partition, as FOCUS corrections of the days
        // they correct, in both columns
        String lake = work.resolve("out/lake/chargeback/*/*.parquet").toString();
        assertThat(NightlyJobEndToEndTests.query("""
                SELECT ChargeClass, strftime(ChargePeriodStart AT TIME ZONE 'UTC', '%%Y-%%m-%%d'),
                       strftime(ChargePeriodEnd AT TIME ZONE 'UTC', '%%Y-%%m-%%d'),
                       strftime(BillingPeriodStart AT TIME ZONE 'UTC', '%%Y-%%m-%%d'), x_CostBucket, x_CostStatus,
                       sum(EffectiveCost), sum(BilledCost), sum(ListCost), count(DISTINCT filename),
                       min(filename LIKE '%%/date=2026-10-01/%%'), count(PricingUnit)
                FROM read_parquet('%s', filename = true) WHERE x_CostKind = 'correction' GROUP BY ALL ORDER BY 2
                """.formatted(lake))).containsExactly(
                List.of("Correction", "2026-09-28", "2026-09-29", "2026-10-01", "compute", "billed",
                        new BigDecimal("-40.000000000000"), new BigDecimal("-30.000000000000"), new BigDecimal("0E-12"),
                        1L, true, 0L),
                Arrays.asList("Correction", "2026-09-30", "2026-10-01", "2026-10-01", null, "billed",
                        new BigDecimal("-2.000000000000"), new BigDecimal("-2.000000000000"), new BigDecimal("0E-12"),
                        1L, true, 0L));
        // while every usage row is priced as FOCUS asks: one day of its charge period
        assertThat(NightlyJobEndToEndTests.query("""
                SELECT DISTINCT PricingQuantity, PricingUnit FROM read_parquet('%s') WHERE ChargeClass IS NULL
                """.formatted(lake))).containsExactly(List.of(new BigDecimal("1.000000000000"), "Days"));
        // to the teams whose workload the cluster ran in the month
        assertThat(NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Team FROM read_parquet('%s') WHERE x_CostKind = 'correction' ORDER BY 1
                """.formatted(lake))).isEqualTo(NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Team FROM read_parquet('%s') WHERE x_Cluster = 'aks-prod-weu'
                  AND x_CostKind = 'workload' AND x_Allocation <> 'shared' ORDER BY 1
                """.formatted(lake)));
        // and listed on the Invoice sheet, apart from the month's bill, which adds up as
        // before
        try (InputStream in = Files.newInputStream(work.resolve("out/reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            List<String> invoice = new ArrayList<>();
            DataFormatter cells = new DataFormatter(Locale.ROOT);
            workbook.getSheet("Invoice").forEach(row -> {
                if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                    invoice.add(cells.formatCellValue(row.getCell(0)) + " | " + cells.formatCellValue(row.getCell(1))
                            + " | " + row.getCell(2).getNumericCellValue());
                }
            });
            assertThat(invoice).contains("aks-prod-weu | compute: correction of 2026-09-28 to 2026-09-28 | -40.0",
                    "log-aks-prod-weu | log-analytics: correction of 2026-09-30 to 2026-09-30 | -2.0",
                    "aks-prod-weu | compute | 150.0");
            // and under them the bridge from the invoice to the chargeback: the day's
            // bill less the other team's
            // database is the fleet's, which with the corrections and the days not billed
            // yet is the chargeback
            Map<String, double[]> bridge = new LinkedHashMap<>();
            workbook.getSheet("Invoice").forEach(row -> {
                if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                    bridge.put(cells.formatCellValue(row.getCell(0)), new double[] {
                            row.getCell(2).getNumericCellValue(), row.getCell(3).getNumericCellValue() });
                }
            });
            assertThat(bridge.get("The bill in the export's scope")).containsExactly(161.85, 11.85);
            assertThat(bridge.get("Less sql-1 (SQL server)")).containsExactly(-7, -7);
            assertThat(bridge.get("This fleet's bill")).containsExactly(154.85, 4.85);
            assertThat(bridge.get("Corrections of earlier periods on this invoice")[0]).isEqualTo(-42);
            double total = workbook.getSheet("Summary").getRow(3).getCell(1).getNumericCellValue();
            assertThat(bridge.get("The chargeback")[0]).isCloseTo(total, offset(1e-6));
            assertThat(154.85 - 42 + bridge.get("Days not billed yet (estimates)")[0]).isCloseTo(total, offset(1e-6));
            assertThat(bridge).doesNotContainKey("Difference between this fleet's bill and its billed lines in the "
                    + "lake (a lake written before the bill's last run?)");
        }
        assertThat(BrokenSampleEndToEndTests.firstPage(work.resolve("out/reports/2026-10/kubeledger-2026-10.pdf"))
            .replaceAll("\\s+", " "))
            .contains("Invoice: 161.85 USD in the export's scope to 2026-10-01 "
                    + "(EffectiveCost, charged; BilledCost 11.85), less 7.00 of 1 other resource (largest: sql-1 "
                    + "(SQL server) 7.00) = this fleet's bill 154.85; corrections of earlier periods on this invoice "
                    + "-42.00; days not billed yet (estimates) ");
    }

    /**
     * The sample's monitor workspace (its samples ingested), its Managed Grafana (every
     * cluster's) and its kube-audit storage account (aks-prod-weu's and aks-prod-eus's)
     * are billed with the fleet: charged to the clusters they serve each day, to the cent
     * of their bill, and no longer other resources.
     */
    @Test
    void theMonitorWorkspaceAndTheMonitoringResourcesAreChargedToTheirBillEveryDay(CapturedOutput output)
            throws Exception {
        // given: each day 1.84 of samples and 0.03 of queries on the monitor workspace,
        // 0.40 of Grafana, 0.42 of the audit account
        List<Row> rows = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            String date = "2026-10-%02d".formatted(day);
            rows.addAll(day(day));
            rows.add(monitoring(date, "rg-aks-prod-weu", "Microsoft.Monitor/accounts", "amw-aks-prod-weu", "1.84"));
            rows.add(monitoring(date, "rg-aks-prod-weu", "Microsoft.Monitor/accounts", "amw-aks-prod-weu", "0.03"));
            rows.add(monitoring(date, "rg-monitoring", "Microsoft.Dashboard/grafana", "grafana-fleet", "0.40"));
            rows.add(monitoring(date, "rg-audit", "Microsoft.Storage/storageAccounts", "staksauditprod", "0.42"));
        }
        BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-30T06:12:00Z"),
                "2026-10-29", "Csv", List.of(rows));

        // when
        assertThat(run()).isZero();

        // then: the summary names them, and only the database is another resource's
        assertThat(output.getOut())
            .contains("; monitoring amw-aks-prod-weu 54.23 USD, grafana-fleet 11.60 USD, staksauditprod 12.18 USD; "
                    + "29 rows of other resources, not charged");
        // and each day's lines add up to each one's bill: the monitor workspace's by the
        // samples of checkout's and payments' namespaces and of no namespace, Grafana's
        // among the four clusters, the audit account's between its two
        String lake = work.resolve("out/lake/chargeback/*/*.parquet").toString();
        assertThat(NightlyJobEndToEndTests.query("""
                SELECT ResourceName, ResourceType, count(DISTINCT ChargePeriodStart), min(day_sum), max(day_sum),
                       min(clusters), max(clusters),
                       array_to_string(list_sort(list_distinct(flatten(list(kinds)))), ',')
                FROM (SELECT ResourceName, ResourceType, ChargePeriodStart, sum(EffectiveCost) AS day_sum,
                             count(DISTINCT x_Cluster) AS clusters, list_distinct(list(x_CostKind)) AS kinds
                      FROM read_parquet('%s')
                      WHERE ResourceName IN ('amw-aks-prod-weu', 'grafana-fleet', 'staksauditprod')
                        AND x_CostStatus = 'billed' GROUP BY ALL)
                GROUP BY ALL ORDER BY 1
                """.formatted(lake))).containsExactly(
                List.of("amw-aks-prod-weu", "Microsoft.Monitor/accounts", 29L, new BigDecimal("1.870000000000"),
                        new BigDecimal("1.870000000000"), 1L, 1L, "metrics,monitoring"),
                List.of("grafana-fleet", "Microsoft.Dashboard/grafana", 29L, new BigDecimal("0.400000000000"),
                        new BigDecimal("0.400000000000"), 4L, 4L, "monitoring"),
                List.of("staksauditprod", "Microsoft.Storage/storageAccounts", 29L, new BigDecimal("0.420000000000"),
                        new BigDecimal("0.420000000000"), 2L, 2L, "monitoring"));
        // and a namespace's metrics are its owner's
        assertThat(NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Namespace, x_Team FROM read_parquet('%s') WHERE x_CostKind = 'metrics' ORDER BY 1
                """.formatted(lake))).containsExactly(List.of("checkout", "checkout"), List.of("payments", "payments"));
    }

    /**
     * A day's row of a resource of the sample's subscription, its id as the bill writes
     * it.
     */
    private static Row monitoring(String date, String group, String type, String name, String cost) {
        return new Row(date, SUBSCRIPTION, group,
                ("/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + group + "/providers/" + type + "/" + name)
                    .toLowerCase(Locale.ROOT),
                type, cost, cost);
    }

    @Test
    void otherResourcesBilledInAnotherCurrencyAreNotChargedAndDoNotStopTheRun(CapturedOutput output)
            throws IOException {
        // given: the other team's database billed in EUR
        BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-02", "Csv",
                List.of(day(1).stream()
                    .map(row -> row.resourceId().endsWith("sql-1") ? row.inCurrency("EUR") : row)
                    .toList()));

        // when / then
        assertThat(run()).isZero();
        assertThat(output.getOut()).contains("billed through 2026-10-01: aks-prod-weu 151.85 USD billed");
    }

    @Test
    void aLegacyExportIsNamedAndWhatToConfigureInstead(CapturedOutput output) throws IOException {
        // given: one CSV a run, no manifest
        Files.createDirectories(exportFolder.resolve("20261001-20261031"));
        Files.writeString(exportFolder.resolve("20261001-20261031/kubeledger-focus_1f2e3d4c.csv"),
                BillFixture.csv(day(1)));

        // when / then
        assertThat(run()).isZero();
        assertThat(output.getOut()).contains("bill: the cost export " + EXPORT + " has no run for 2026-10 (it holds 1 "
                + "data files and no manifest.json: a legacy export, one file a run; configure a 'Cost and usage "
                + "details (FOCUS)' export with file partitioning");
    }

    @Test
    void aBillFarBelowOpenCostsEstimateIsChargedAndSaidWithBothFigures(CapturedOutput output) throws Exception {
        // given: a day of aks-prod-weu billed at a tenth of its usual
        BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-02", "Csv",
                List.of(day(1).stream()
                    .map(row -> row.resourceId().endsWith("aks-user-1") ? new Row(row.day(), row.subscription(),
                            row.resourceGroup(), row.resourceId(), row.resourceType(), "0", "15") : row)
                    .toList()));

        // when
        int exitCode = run();

        // then: in the log, the summary and the executive report's notes
        assertThat(exitCode).isZero();
        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")))
            .anySatisfy(line -> assertThat(line).containsPattern("The bill of aks-prod-weu, 16.85 USD, is \\d+ % "
                    + "of OpenCost's estimate of the same days, [\\d,.]+ USD: is the cost export's scope or "
                    + "kubeledger.billing.cost-column right\\?"));
        assertThat(
                ReportContents.text(work.resolve("out/reports/2026-10/kubeledger-2026-10.pdf")).replaceAll("\\s+", " "))
            .contains("The bill of aks-prod-weu, 16.85 USD, is");
    }

    @Test
    void aMonthTheExportHasNoRunOfStaysAnEstimateSayingSo(CapturedOutput output) throws IOException {
        // given: only September's
        Files.createDirectories(exportFolder);

        // when / then
        assertThat(run()).isZero();
        assertThat(output.getOut())
            .contains("bill: the cost export " + EXPORT + " has no run for 2026-10: the month is " + "an estimate");
    }

    @Test
    void aBillMissingAPartFailsTheRunNamingTheRunAndThePart(CapturedOutput output) throws IOException {
        // given
        Path manifest = BillFixture.run(exportFolder, "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11",
                Instant.parse("2026-10-30T06:12:00Z"), "2026-10-29", "Csv", List.of(day(1), day(2)));
        Files.delete(manifest.resolveSibling("part_1_0001.csv"));

        // when / then
        assertThat(run()).isEqualTo(65);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31")).singleElement()
            .asString()
            .contains("part_1_0001.csv of export run 5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11, which its manifest "
                    + "lists, is missing");
    }

    private int run() {
        return KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"), "reportDate=2026-10-31",
                "--kubeledger.local-root=" + snapshot, "--kubeledger.billing.cost-export=" + EXPORT);
    }

}
