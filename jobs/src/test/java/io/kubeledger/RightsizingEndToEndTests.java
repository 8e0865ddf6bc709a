package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample's recommendations, checked by DuckDB against the export CSVs and
 * query answers themselves: the 7-day floor, the savings at each row's own price, the
 * table plans' GB, cost and verdicts.
 */
class RightsizingEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final String CSV = """
            (SELECT regexp_extract(filename, '([^/]+)\\.csv$', 1) AS cluster, "Date" AS day, "Namespace" AS namespace,
                    "ControllerKind" AS controller_kind, "ControllerName" AS controller, "Container" AS container,
                    CAST("CPUCoreUsageAverage" AS DOUBLE) AS cpu, CAST("CPUCoreRequestAverage" AS DOUBLE) AS cpu_req,
                    CAST("RAMBytesUsageAverage" AS DOUBLE) AS ram, CAST("RAMBytesRequestAverage" AS DOUBLE) AS ram_req,
                    CAST("CPUCost" AS DECIMAL(38, 20)) AS cpu_cost, CAST("RAMCost" AS DECIMAL(38, 20)) AS ram_cost
             FROM read_csv('%s/blob/*/*/*.csv', union_by_name = true, all_varchar = true, filename = true)
             WHERE "Container" <> '')""";

    private static final String KEY = "cluster, namespace, controller_kind, controller, container";

    @TempDir
    static Path october;

    @TempDir
    static Path earlyOctober;

    @BeforeAll
    static void runTheSample() {
        assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), october, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE))
            .isZero();
        assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), earlyOctober, "reportDate=2026-10-03",
                "--kubeledger.local-root=" + SAMPLE))
            .isZero();
    }

    @Test
    void noRecommendationIsBelowTheHighestDailyAverageOfTheLastSevenDays() throws SQLException {
        List<List<Object>> rows = NightlyJobEndToEndTests.query("""
                WITH csv AS %s,
                recent AS (SELECT %s, max(cpu) AS cpu, max(ram) AS ram FROM csv
                           WHERE day BETWEEN '2026-10-25' AND '2026-10-31' GROUP BY ALL)
                SELECT count(*), count(recent.cpu),
                       count(*) FILTER (WHERE cpu_recommended_cores < recent.cpu OR ram_recommended_bytes < recent.ram)
                FROM %s LEFT JOIN recent USING (%2$s)
                """.formatted(CSV.formatted(SAMPLE.toAbsolutePath()), KEY, rightsizing(october)));

        assertThat(rows.get(0).get(0)).as("containers judged").isNotEqualTo(0L);
        assertThat(rows.get(0).get(1)).as("every one seen in the last 7 days").isEqualTo(rows.get(0).get(0));
        assertThat(rows.get(0).get(2)).as("below the 7-day floor").isEqualTo(0L);
    }

    @Test
    void onPrometheusNoRecommendationIsBelowWhatWasSeenAndABurstyContainerIsRaisedToItsPercentile()
            throws SQLException {
        List<List<Object>> rows = NightlyJobEndToEndTests.query("""
                SELECT count(*) FILTER (WHERE basis = 'prometheus'),
                   count(*) FILTER (WHERE basis = 'opencost-daily-averages'),
                       count(*) FILTER (WHERE basis = 'prometheus' AND action <> 'abandoned'
                                        AND (cpu_recommended_cores < cpu_usage_percentile_cores
                                             OR ram_recommended_bytes < ram_usage_max_bytes)),
                       max(cpu_recommended_cores) FILTER (WHERE controller = 'checkout-svc-2'
                                                          AND namespace = 'checkout' AND cluster = 'aks-prod-weu'),
                       max(cpu_usage_percentile_cores / cpu_usage_peak_daily_cores)
                           FILTER (WHERE controller = 'checkout-svc-2' AND namespace = 'checkout')
                FROM %s
                """.formatted(rightsizing(october)));

        // the sample's first cluster sizes its checkout and payments pods on Prometheus,
        // the rest on daily averages
        assertThat((Long) rows.get(0).get(0)).as("on Prometheus").isPositive();
        assertThat((Long) rows.get(0).get(1)).as("on daily averages").isPositive();
        assertThat(rows.get(0).get(2)).as("below the percentile or the highest working set").isEqualTo(0L);
        // checkout-svc-2's bursts: a p95 well above its daily averages, and a request at
        // least that
        assertThat((Double) rows.get(0).get(4)).as("p95 over the highest daily average").isGreaterThan(2.0);
        assertThat((Double) rows.get(0).get(3)).isGreaterThan(1.4);
    }

    @Test
    void savingsAreTheRequestChangeAtEachRowsOwnPriceForA730HourMonth() throws SQLException {
        List<List<Object>> rows = NightlyJobEndToEndTests.query("""
                WITH csv AS %s,
                window_rows AS (SELECT * FROM csv WHERE day BETWEEN '2026-10-18' AND '2026-10-31'),
                expected AS (
                  SELECT r.action, r.monthly_savings, CASE WHEN r.action = 'keep' THEN 0
                    WHEN r.action = 'abandoned' THEN sum(w.cpu_cost + w.ram_cost)
                    ELSE sum(CASE WHEN greatest(w.cpu_req, w.cpu) > 0 THEN w.cpu_cost
                                  * ((greatest(r.cpu_request_cores, w.cpu) - greatest(r.cpu_recommended_cores, w.cpu))
                                     / greatest(w.cpu_req, w.cpu)) ELSE 0 END
                           + CASE WHEN greatest(w.ram_req, w.ram) > 0 THEN w.ram_cost
                                  * ((greatest(r.ram_request_bytes, w.ram) - greatest(r.ram_recommended_bytes, w.ram))
                                     / greatest(w.ram_req, w.ram)) ELSE 0 END) END
                    * 730 / 24 / r.days_observed AS savings
                  FROM %s r JOIN window_rows w USING (%s)
                  GROUP BY r.cluster, r.namespace, r.controller_kind, r.controller, r.container, r.action,
                           r.monthly_savings, r.days_observed, r.cpu_request_cores, r.cpu_recommended_cores,
                           r.ram_request_bytes, r.ram_recommended_bytes)
                SELECT action, count(*), max(abs(monthly_savings - savings)), sum(monthly_savings)
                FROM expected GROUP BY action ORDER BY action
                """.formatted(CSV.formatted(SAMPLE.toAbsolutePath()), rightsizing(october), KEY));

        assertThat(rows).extracting(row -> row.get(0))
            .containsExactly("abandoned", "downsize", "keep", "resize", "upsize");
        assertThat(rows)
            .allSatisfy(row -> assertThat(((Number) row.get(2)).doubleValue()).as("largest difference, %s", row.get(0))
                .isLessThanOrEqualTo(0.005));
    }

    @Test
    void theSamplesAbandonedSandboxIsFoundInEveryCluster() throws SQLException {
        assertThat(NightlyJobEndToEndTests.query("""
                SELECT DISTINCT cluster FROM %s WHERE action = 'abandoned' AND namespace = 'sandbox' ORDER BY 1
                """.formatted(rightsizing(october)))).extracting(row -> row.get(0))
            .containsExactly("aks-data-neu", "aks-dev-weu", "aks-prod-eus", "aks-prod-weu");
    }

    @Test
    void anEarlyRunOfTheMonthLooksBackIntoTheLastMonthButChargesOnlyItsOwnDays() throws SQLException {
        List<List<Object>> rows = NightlyJobEndToEndTests.query("""
                SELECT max(days_observed), (SELECT count(*) FROM read_parquet('%s/lake/chargeback/*/*.parquet',
                                                                               hive_partitioning = true)
                                            WHERE ChargePeriodStart < TIMESTAMP '2026-10-01')
                FROM %s
                """.formatted(earlyOctober, rightsizing(earlyOctober)));

        assertThat(rows.get(0)).containsExactly(14, 0L);
    }

    @Test
    void tablePlansShowTheLast30DaysOfEachTableAtItsPlanAndTheirVerdicts() throws SQLException {
        List<List<Object>> rows = NightlyJobEndToEndTests.query("""
                WITH answers AS (
                  SELECT regexp_extract(filename, '/logs/([^/]+)/', 1) AS workspace_id, left(r->>0, 10) AS day,
                         r->>1 AS "table", CAST(r->>2 AS DECIMAL(38, 12)) AS gb
                  FROM (SELECT unnest(tables[1].rows) AS r, filename
                        FROM read_json('%s/logs/*/usage.json', filename = true,
                                       columns = {tables: 'STRUCT(name VARCHAR, "rows" JSON[])[]'}))),
                sums AS (SELECT workspace_id, "table", sum(gb) AS gb FROM answers
                         WHERE day BETWEEN '2026-10-02' AND '2026-10-31' GROUP BY ALL),
                names(workspace_id, workspace) AS (VALUES ('4f083ce3-f12b-bb4b-46ee-9d82b52c856d', 'log-aks-prod-weu'),
                  ('c03370dc-dee4-2777-df15-2deb63cc07fc', 'log-aks-prod-eus'),
                  ('bfb45394-d422-b0ba-6dda-c9fbcfeaac25', 'log-aks-dev-weu'))
                SELECT count(*), count(sums.gb), count(*) FILTER (WHERE abs(l.billable_gb - sums.gb) > 1e-9),
                       count(*) FILTER (WHERE l.cost <> round(l.billable_gb * CASE l.plan WHEN 'Basic' THEN 0.50
                                                                                       ELSE 2.30 END, 12))
                FROM %s l LEFT JOIN names USING (workspace) LEFT JOIN sums USING (workspace_id, "table")
                """.formatted(SAMPLE.toAbsolutePath(), logTables(october)));
        List<List<Object>> changes = NightlyJobEndToEndTests.query("""
                SELECT workspace, "table", plan, recommended_plan FROM %s WHERE plan <> recommended_plan ORDER BY 1, 2
                """.formatted(logTables(october)));

        assertThat(rows.get(0).get(1)).as("tables found in the answers").isEqualTo(rows.get(0).get(0));
        assertThat(rows.get(0).subList(2, 4)).as("GB or cost differing from the answers").containsExactly(0L, 0L);
        // (aks-prod-weu's metrics are in Managed Prometheus too: its workspace's metric
        // tables are not to be collected; the data collection rules of aks-prod-weu and
        // aks-prod-eus collect every minute, aks-dev-weu's every 5, and aks-data-neu, on
        // its workspace, has none)
        String everyFive = "collected every 5 minutes";
        assertThat(changes).containsExactly(List.of("log-aks-dev-weu", "AKSAudit", "Analytics", "Basic"),
                List.of("log-aks-dev-weu", "ContainerLogV2", "Basic", "Analytics"),
                List.of("log-aks-prod-eus", "AKSAudit", "Analytics", "Basic"),
                List.of("log-aks-prod-eus", "ContainerInventory", "Analytics", everyFive),
                List.of("log-aks-prod-eus", "InsightsMetrics", "Analytics", everyFive),
                List.of("log-aks-prod-eus", "KubeNodeInventory", "Analytics", everyFive),
                List.of("log-aks-prod-eus", "KubePodInventory", "Analytics", everyFive),
                List.of("log-aks-prod-eus", "Perf", "Analytics", everyFive),
                List.of("log-aks-prod-weu", "AKSAudit", "Analytics", "Basic"),
                List.of("log-aks-prod-weu", "ContainerInventory", "Analytics", everyFive),
                List.of("log-aks-prod-weu", "InsightsMetrics", "Analytics", "not collected"),
                List.of("log-aks-prod-weu", "KubeNodeInventory", "Analytics", everyFive),
                List.of("log-aks-prod-weu", "KubePodInventory", "Analytics", everyFive),
                List.of("log-aks-prod-weu", "Perf", "Analytics", "not collected"));
    }

    /**
     * The seeds' "Logs and events" preset for the cluster whose metrics Managed
     * Prometheus collects: its saving is the metric tables' whole cost a month, at the
     * workspace's billed price (a commitment tier's, below the price list the
     * chargeback's change is at).
     */
    @Test
    void theMetricTablesOfTheClusterOnManagedPrometheusAreNotToBeCollectedSavingTheirCost() throws SQLException {
        List<List<Object>> advice = NightlyJobEndToEndTests.query("""
                SELECT count(*), count(*) FILTER (WHERE charged_monthly_change = -round(cost * 730 / 720, 2)
                                                    AND monthly_savings BETWEEN 0.01 AND -charged_monthly_change
                                                    AND reason LIKE '%%of aks-prod-weu:%%"Logs and events"%%')
                FROM %s WHERE recommended_plan = 'not collected'
                """.formatted(logTables(october)));

        assertThat(advice).containsExactly(List.of(2L, 2L));
    }

    @Test
    void theReportsShowTheLakesRecommendationsWithTheChangesToApply() throws Exception {
        // given
        BigDecimal containerSavings = (BigDecimal) NightlyJobEndToEndTests
            .query("SELECT sum(monthly_savings) FROM " + rightsizing(october))
            .get(0)
            .get(0);
        List<List<Object>> potential = NightlyJobEndToEndTests.query("""
                SELECT (SELECT sum(monthly_savings) FROM %s WHERE action IN ('downsize', 'abandoned')
                          OR action = 'resize' AND monthly_savings > 0)
                     + (SELECT sum(monthly_savings) FROM %s WHERE plan <> recommended_plan AND monthly_savings > 0),
                       (SELECT count(*) FROM %1$s)
                """.formatted(rightsizing(october), logTables(october)));
        BigDecimal potentialSavings = (BigDecimal) potential.get(0).get(0);

        // when
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(october.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
        try (InputStream in = Files.newInputStream(october.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Rightsizing");

            // then: the workbook lists every container and table with the lake's savings
            // every item, then the totals row
            assertThat((long) sheet.getLastRowNum() - 1).isEqualTo(potential.get(0).get(1));
            // savings and costs each positive in a column of its own; the savings less
            // the costs are the lake's sum
            assertThat(NightlyJobEndToEndTests.sumOfColumn(sheet, "Saving a month")
                    - NightlyJobEndToEndTests.sumOfColumn(sheet, "Cost a month"))
                .isCloseTo(containerSavings.doubleValue(), offset(1e-6));
            assertThat(workbook.getSheet("Log tables").getLastRowNum() - 1).as("3 workspaces, 11 tables each")
                .isEqualTo(33);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).startsWith("kubectl --context ");
        }
        assertThat(pdfText).contains("Rightsizing: what could be saved a month")
            .contains("Potential savings (gross) " + String.format("%,.2f", potentialSavings))
            .contains("kubectl --context aks-prod-eus -n sandbox scale deployment/tryout --replicas=0")
            .contains("az monitor log-analytics workspace table update --resource-group rg-aks-dev-weu");
    }

    private static String rightsizing(Path out) {
        return "read_parquet('%s/lake/rightsizing/date=%s/*.parquet')".formatted(out, reportDate(out));
    }

    private static String logTables(Path out) {
        return "read_parquet('%s/lake/log-tables/date=%s/*.parquet')".formatted(out, reportDate(out));
    }

    private static String reportDate(Path out) {
        return out.equals(october) ? "2026-10-31" : "2026-10-03";
    }

}
