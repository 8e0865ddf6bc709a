package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job on the bundled sample as a user would and reads every output back with a
 * reader of its own: DuckDB for the lake (and for the inputs it reconciles against), POI
 * for the workbook, PDFBox for the PDF.
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
    void everyDayOfTheLakeIsTheBillOfTheFleetsResources() throws Exception {
        // given: what the sample's newest export run billed the clusters' node resource
        // groups and own resources and
        // the workspaces each day (the sample's other resource is a database)
        Map<String, BigDecimal> billed = SnapshotTotals.billedDaily(SAMPLE);

        // when / then: each reconciled unit of a day rounded once to 12 digits
        SnapshotTotals.assertEveryDayMatches(out, billed, 31);
    }

    @Test
    void lakeIsPartitionedByDayWithFocusColumns() throws SQLException, IOException {
        try (Stream<Path> partitions = Files.list(out.resolve("lake/chargeback"))) {
            assertThat(partitions.map(p -> p.getFileName().toString())).hasSize(31)
                .allMatch(name -> name.matches("date=2026-10-\\d\\d"));
        }
        List<List<Object>> rows = query("""
                SELECT DISTINCT x_CostKind, ServiceCategory, ServiceName, ResourceType, BillingCurrency, ChargeCategory,
                       typeof(BilledCost), strftime(BillingPeriodStart AT TIME ZONE 'UTC', '%%Y-%%m-%%d')
                FROM read_parquet('%s/lake/chargeback/*/*.parquet') ORDER BY ALL
                """.formatted(out));
        assertThat(rows).containsExactly(
                List.of("container-logs", "Management and Governance", "Log Analytics",
                        "Microsoft.OperationalInsights/workspaces", "USD", "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("idle", "Compute", "Azure Kubernetes Service", "Microsoft.ContainerService/managedClusters",
                        "USD", "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("metrics", "Management and Governance", "Azure Monitor", "Microsoft.Monitor/accounts", "USD",
                        "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("monitoring", "Management and Governance", "Azure Managed Grafana",
                        "Microsoft.Dashboard/grafana", "USD", "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("monitoring", "Management and Governance", "Azure Monitor", "Microsoft.Monitor/accounts", "USD",
                        "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("monitoring", "Management and Governance", "Log Analytics",
                        "Microsoft.OperationalInsights/workspaces", "USD", "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("monitoring", "Storage", "Storage Accounts", "Microsoft.Storage/storageAccounts", "USD",
                        "Usage", "DECIMAL(38,12)", "2026-10-01"),
                List.of("workload", "Compute", "Azure Kubernetes Service", "Microsoft.ContainerService/managedClusters",
                        "USD", "Usage", "DECIMAL(38,12)", "2026-10-01"));
        List<List<Object>> unregistered = query("""
                SELECT DISTINCT x_Team FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE NOT x_TeamRegistered
                """.formatted(out));
        assertThat(unregistered).containsExactly(List.of("growth"));
        // a cluster's rows carry its region and Azure tags from ARM, its subscription's
        // name, billing account and
        // invoice from the bill
        List<List<Object>> site = query("""
                SELECT DISTINCT RegionId, RegionName, SubAccountName, BillingAccountId, BillingAccountName, InvoiceId,
                       json_extract_string(Tags, '$.environment'), json_extract_string(Tags, '$."kubeledger/cluster"')
                FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_Cluster = 'aks-dev-weu'
                  AND ResourceType = 'Microsoft.ContainerService/managedClusters'
                """.formatted(out));
        assertThat(site).containsExactly(List.of("westeurope", "West Europe", "Platform 946ff53a",
                "/providers/Microsoft.Billing/billingAccounts/12345678", "Contoso MCA", "G2026100001", "dev",
                "aks-dev-weu"));
        // each file says which FOCUS version its columns follow, who made it, its schema
        // and when
        List<List<Object>> metadata = query("""
                SELECT DISTINCT decode(key), decode(value) FROM parquet_kv_metadata('%s/lake/chargeback/*/*.parquet')
                WHERE decode(key) IN ('FocusVersion', 'DataGenerator', 'CreationDate') ORDER BY 1
                """.formatted(out));
        assertThat(metadata).containsExactly(List.of("CreationDate", "2026-10-31T00:00:00Z"),
                List.of("DataGenerator", "kubeledger"), List.of("FocusVersion", "1.2"));
        // the sample's bill covers every day of the month, its clusters and its
        // workspaces
        assertThat(query(
                "SELECT DISTINCT x_CostStatus FROM read_parquet('%s/lake/chargeback/*/*.parquet')".formatted(out)))
            .containsExactly(List.of("billed"));
    }

    @Test
    void sharedNamespacesAndMonitoringAreSplitAmongTheTeamsOfEachCluster() throws SQLException {
        // every shared cost left team 'shared' (weighted split, and every cluster-day has
        // teams)
        assertThat(query("SELECT count(*) FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_Team = 'shared'"
            .formatted(out))).containsExactly(List.of(0L));
        List<List<Object>> sharedFrom = query(
                """
                        SELECT DISTINCT x_CostKind, coalesce(x_Namespace, '-') FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                        WHERE x_Allocation = 'shared' ORDER BY ALL
                        """
                    .formatted(out));
        assertThat(sharedFrom).containsExactly(List.of("container-logs", "ingress-nginx"),
                List.of("container-logs", "kube-system"), List.of("container-logs", "monitoring"), List.of("idle", "-"),
                List.of("monitoring", "-"), List.of("workload", "ingress-nginx"), List.of("workload", "kube-system"),
                List.of("workload", "monitoring"));
        // the workspace shared by aks-dev-weu and aks-data-neu bills its monitoring to
        // both
        List<List<Object>> sharedWorkspace = query("""
                SELECT DISTINCT x_Cluster FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_CostKind = 'monitoring' AND ResourceName = 'log-aks-dev-weu' ORDER BY 1
                """.formatted(out));
        assertThat(sharedWorkspace).containsExactly(List.of("aks-data-neu"), List.of("aks-dev-weu"));
    }

    @Test
    void containerLogsFindTheirClusterWhateverTheCaseOfItsResourceId() throws SQLException {
        // the query answers name clusters in lower case; the logs of aks-legacy,
        // configured nowhere, are monitoring
        List<List<Object>> clusters = query("""
                SELECT DISTINCT x_Cluster FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_CostKind = 'container-logs' ORDER BY 1
                """.formatted(out));
        assertThat(clusters).containsExactly(List.of("aks-data-neu"), List.of("aks-dev-weu"), List.of("aks-prod-eus"),
                List.of("aks-prod-weu"));
        assertThat(query(
                "SELECT count(*) FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_Namespace = 'legacy-batch'"
                    .formatted(out)))
            .containsExactly(List.of(0L));
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
            Sheet teams = workbook.getSheet("Teams");
            assertThat(sumOfColumn(teams, "Workload") + sumOfColumn(teams, "Container logs")
                    + sumOfColumn(teams, "Shared") + sumOfColumn(teams, "Monitoring") + sumOfColumn(teams, "Idle"))
                .isCloseTo(lakeTotal.doubleValue(), offset(1e-6));
            // the whole month is billed: the Invoice sheet's bill of clusters and
            // workspaces is the lake's total
            assertThat(BrokenSampleEndToEndTests.cell(workbook.getSheet("Summary"), "Bill", 1))
                .startsWith("Reconciled with the Azure bill through 2026-10-31 (Cost Management export run ");
            for (String sheet : List.of("Invoice", "Invoice by resource type")) {
                assertThat(sumOfColumn(workbook.getSheet(sheet), "Billed")).as(sheet)
                    .isCloseTo(lakeTotal.doubleValue(), offset(1e-6));
            }
            assertThat(workbook.getSheet("How to read").getRow(0).getCell(0).getStringCellValue())
                .startsWith("Workload:");
            assertThat(workbook.getSheet("Teams").getPaneInformation().isFreezePane()).isTrue();
            // a totals row that sums what a filter shows, dates as dates, and pages a
            // person would print
            Sheet teamSheet = workbook.getSheet("Teams");
            Row totals = teamSheet.getRow(teamSheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(9).getCellFormula())
                .isEqualTo("SUBTOTAL(109,J2:J" + teamSheet.getLastRowNum() + ")");
            assertThat(totals.getCell(9).getNumericCellValue()).isCloseTo(lakeTotal.doubleValue(), offset(1e-6));

            Cell firstDay = workbook.getSheet("Daily").getRow(1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(firstDay)).isTrue();
            assertThat(firstDay.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(teamSheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(teamSheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(teamSheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        }
    }

    @Test
    void pdfShowsTheMonthTotalAndEveryTeam() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
            // titled, and dated its report date rather than the moment it was written
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("kubeledger · Kubernetes chargeback");
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                .isEqualTo(Instant.parse("2026-10-31T00:00:00Z"));
        }
        BigDecimal lakeTotal = lakeTotal();
        assertThat(text).contains("2026-10 · final")
            .contains("Total: " + String.format("%,.2f", lakeTotal) + " USD")
            .contains("payments", "checkout", "search", "data-platform", "identity", "ml", "unallocated", "growth",
                    "aks-prod-weu", "aks-data-neu")
            .contains("What each team pays for", "shared namespaces", "Log Analytics ingestion",
                    "log-aks-dev-weu / ContainerLogV2", "Basic")
            .contains("in proportion to their workload cost");
    }

    @Test
    void topNamespacesRanksEachNamespaceOnceByItsWholeCostWithTheTeamsThatPay() throws Exception {
        // given: the lake's costliest namespace of a cluster, idle included, whatever the
        // team; a cluster's lines of
        // no namespace named by what they are
        List<Object> costliest = query("""
                SELECT x_Cluster, coalesce(x_Namespace, CASE x_CostKind WHEN 'idle' THEN 'cluster-wide: idle capacity'
                       WHEN 'monitoring' THEN 'cluster-wide: monitoring' ELSE 'cluster-wide: corrections' END),
                       sum(EffectiveCost)
                FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                GROUP BY ALL ORDER BY 3 DESC LIMIT 1""".formatted(out)).get(0);
        String line = costliest.get(0) + " / " + costliest.get(1);

        // when
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }

        // then: the section's first line, once, with its whole cost; a cluster's idle
        // cost once, with its payers (a
        // long detail wraps, so a line is read with the two after it)
        String section = text.substring(text.indexOf("Top namespaces"));
        assertThat(section.lines().filter(l -> l.startsWith(line + " "))).hasSize(1);
        assertThat(printedLine(section, line)).contains(String.format("%,.2f", (BigDecimal) costliest.get(2)));
        assertThat(section.lines().filter(l -> l.startsWith("aks-prod-eus / cluster-wide: idle capacity "))).hasSize(1);
        assertThat(printedLine(section, "aks-prod-eus / cluster-wide: idle capacity"))
            .containsPattern("\\w+ \\d+%, \\w+ \\d+% \\+\\d+ more");
    }

    private static String printedLine(String text, String label) {
        return text.substring(text.indexOf(label + " ")).lines().limit(3).collect(Collectors.joining(" "));
    }

    @Test
    void unownedSpendIsNamedOnTheFirstPageWithTheNamespacesBehindIt() throws Exception {
        // given: what no configured team owns, in the lake
        BigDecimal unowned = (BigDecimal) query("""
                SELECT sum(EffectiveCost) FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_Team IN ('unallocated', 'idle', 'shared') OR NOT x_TeamRegistered""".formatted(out)).get(0)
            .get(0);

        // when
        String firstPage;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            firstPage = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
        String growth;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/teams/growth.pdf").toFile())) {
            growth = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }

        // then: within a cent of the lake (the printed teams' sum), and the parts add up
        // to it
        Matcher printed = Pattern
            .compile("Unowned spend: ([\\d,.]+) USD \\([\\d.]+ %\\): growth ([\\d,.]+), .*?; "
                    + "unallocated ([\\d,.]+) ")
            .matcher(firstPage);
        assertThat(printed.find()).as(firstPage).isTrue();
        assertThat(amount(printed.group(1))).isCloseTo(unowned, within(new BigDecimal("0.01")))
            .isEqualTo(amount(printed.group(2)).add(amount(printed.group(3))));
        assertThat(firstPage).containsPattern("unallocated [\\d,.]+ \\(aks-[a-z-]+ / ")
            .containsPattern("growth [\\d,.]+, a team label naming no configured team \\(aks-");
        assertThat(growth).contains("growth is not a configured team: a team label names it");
    }

    @Test
    void theAtRiskUpsizesArePrintedAsAPositiveCostAsInTheWorkbook() throws Exception {
        // given: the workbook's cost of the upsizes
        double workbookCost;
        try (Workbook workbook = WorkbookFactory
            .create(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx").toFile())) {
            workbookCost = StreamSupport.stream(workbook.getSheet("Summary").spliterator(), false)
                .filter(row -> String.valueOf(row.getCell(0)).startsWith("Containers at risk, to upsize"))
                .findFirst()
                .orElseThrow()
                .getCell(1)
                .getNumericCellValue();
        }

        // when
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }

        // then
        assertThat(workbookCost).isPositive();
        assertThat(text).contains("Rightsizing: what the containers at risk would cost a month")
            .containsPattern("Containers to upsize or resize \\d+ containers "
                    + String.format(Locale.ROOT, "%,.2f", workbookCost));
    }

    private static BigDecimal amount(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    @Test
    void aRerunOfTheSameDayGivesTheSameLakeAndReports() throws Exception {
        // given
        List<String> datasets = List.of("chargeback", "rightsizing", "log-tables", "compliance", "compute");
        List<List<List<Object>>> before = new ArrayList<>();
        for (String dataset : datasets) {
            before.add(
                    query("SELECT * FROM read_parquet('%s/lake/%s/*/*.parquet') ORDER BY ALL".formatted(out, dataset)));
        }
        Map<Path, byte[]> reportsBefore = reports();

        // when: a second run, seconds later, so a report stamped with the moment it was
        // written would differ
        int rerun = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);

        // then: the same rows; a partition per day of the chargeback, one of each
        // recommendation dataset, the record
        assertThat(rerun).isZero();
        for (int i = 0; i < datasets.size(); i++) {
            assertThat(query("SELECT * FROM read_parquet('%s/lake/%s/*/*.parquet') ORDER BY ALL".formatted(out,
                    datasets.get(i))))
                .as(datasets.get(i))
                .isEqualTo(before.get(i));
        }
        try (Stream<Path> files = Files.walk(out.resolve("lake"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(31 + 4 + 1);
        }
        Map<Path, byte[]> reportsAfter = reports();
        assertThat(reportsAfter.keySet()).isEqualTo(reportsBefore.keySet())
            .contains(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"),
                    out.resolve("reports/2026-10/kubeledger-2026-10.pdf"),
                    out.resolve("reports/2026-10/teams/payments.pdf"));
        reportsAfter
            .forEach((file, bytes) -> assertThat(bytes).as("the bytes of " + file).isEqualTo(reportsBefore.get(file)));
    }

    /** Every file of the reports folder, by path. */
    private static Map<Path, byte[]> reports() throws IOException {
        Map<Path, byte[]> reports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out.resolve("reports"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                reports.put(file, Files.readAllBytes(file));
            }
        }
        return reports;
    }

    @Test
    void complianceHoldsEachClusterAgainstTheRecommendedSettingsAndItsAuditArchive() throws Exception {
        // when
        List<List<Object>> findings = query(
                """
                        SELECT cluster, "check", status, severity, detail FROM read_parquet('%s/lake/compliance/date=2026-10-31/*.parquet')
                        """
                    .formatted(out));

        // then: every cluster has every check, and the sample's four patterns come out as
        // built
        assertThat(findings).hasSize(4 * 13);
        assertThat(statuses(findings, "aks-prod-weu")).containsOnly("pass");
        assertThat(findings).filteredOn(f -> !f.get(2).equals("pass"))
            .extracting(f -> f.get(0) + " " + f.get(1) + "=" + f.get(2))
            .containsExactlyInAnyOrder("aks-prod-eus diagnostic:kube-scheduler=warn",
                    "aks-prod-eus diagnostic:cluster-autoscaler=not-applicable",
                    "aks-prod-eus diagnostic:destination-type=warn", "aks-prod-eus audit:retention-policy=fail",
                    "aks-prod-eus audit:continuity=fail", "aks-dev-weu diagnostic:kube-audit=warn",
                    "aks-dev-weu diagnostic:kube-audit-admin=fail", "aks-dev-weu diagnostic:cluster-autoscaler=fail",
                    "aks-dev-weu diagnostic:guard=not-applicable", "aks-dev-weu diagnostic:AllMetrics=warn",
                    "aks-dev-weu audit:retention-policy=fail", "aks-dev-weu audit:coverage=fail",
                    "aks-dev-weu audit:continuity=fail", "aks-dev-weu audit:immutability=warn",
                    "aks-data-neu diagnostic:cluster-autoscaler=not-applicable",
                    "aks-data-neu diagnostic:guard=not-applicable", "aks-data-neu audit:coverage=fail",
                    "aks-data-neu audit:immutability=warn");
        String gap = "4 hours missing: 2026-10-26T22:00Z–2026-10-27T01:00Z (4 hours)";
        assertThat(findings).filteredOn(f -> f.get(1).equals("audit:continuity") && f.get(0).equals("aks-prod-eus"))
            .extracting(f -> f.get(4))
            .containsExactly(gap);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/2026-10/kubeledger-2026-10.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Compliance: what needs attention", gap);
        }
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet matrix = workbook.getSheet("Compliance");
            assertThat(matrix.getLastRowNum()).isEqualTo(4);
            assertThat(matrix.getRow(0).getLastCellNum()).isEqualTo((short) 14);
            assertThat(workbook.getSheet("Compliance findings").getLastRowNum()).isEqualTo(4 * 13);
        }
    }

    private static List<Object> statuses(List<List<Object>> findings, String cluster) {
        return findings.stream().filter(f -> f.get(0).equals(cluster)).map(f -> f.get(2)).toList();
    }

    @Test
    void theJobDatabaseKeepsOnlyWhatOutlivesARunAndTheStateFolderNoneOfItsData() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + out.resolve("state/kubeledger"), "sa", "");
                ResultSet rs = h2.createStatement()
                    .executeQuery("SELECT lower(table_name) FROM "
                            + "information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).containsExactly("batch_job_execution", "batch_job_execution_context",
                "batch_job_execution_params", "batch_job_instance", "batch_step_execution",
                "batch_step_execution_context", "kubeledger_schema_history", "mail_sent");
        assertThat(out.resolve("state/chargeback-days")).isEmptyDirectory();
        assertThat(out.resolve("state/workload-sums")).doesNotExist();
    }

    @Test
    void aBilledWorkspacesLogRowsCarryTheirPriceListAmountAsListCost() throws Exception {
        // given: October's workspaces billed, their log rows charged at the bill
        // (commitment tier, retention, queries)
        String rows = "read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_CostKind IN ('container-logs', "
            .formatted(out) + "'monitoring') AND x_CostStatus = 'billed'";
        BigDecimal charged = (BigDecimal) query("SELECT sum(EffectiveCost) FROM " + rows).get(0).get(0);

        // when
        BigDecimal atPriceList = (BigDecimal) query("SELECT sum(ListCost) FROM " + rows).get(0).get(0);

        // then: their ListCost adds up to the run's priced ingestion, not to the bill
        BigDecimal priced = new BigDecimal(query("""
                SELECT sum(t.ingestion.cost) FROM (SELECT unnest(ingestion) AS t
                FROM read_json_auto('%s/lake/runs/date=2026-10-31/part-00000.json'))""".formatted(out)).get(0)
            .get(0)
            .toString());
        assertThat(atPriceList).isCloseTo(priced, within(new BigDecimal("1e-6")));
        assertThat(atPriceList).isNotEqualByComparingTo(charged);
    }

    private static BigDecimal lakeTotal() throws SQLException {
        return (BigDecimal) query(
                "SELECT sum(EffectiveCost) FROM read_parquet('%s/lake/chargeback/*/*.parquet')".formatted(out))
            .get(0)
            .get(0);
    }

    @Test
    void theLogCostIsOneStoryTheChargedCostItsIngestionAtThePriceListAndTheBillsBeyondIt() throws Exception {
        // given: the lake's log lines, charged at the workspaces' bills (the monitor
        // workspace's and the monitoring resources' lines are not Log Analytics')
        double charged = ((BigDecimal) query("""
                SELECT sum(EffectiveCost) FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_CostKind IN ('container-logs', 'monitoring')
                  AND ResourceType = 'Microsoft.OperationalInsights/workspaces'""".formatted(out)).get(0).get(0))
            .doubleValue();

        try (Workbook workbook = WorkbookFactory
            .create(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx").toFile())) {
            Sheet summary = workbook.getSheet("Summary");
            double inSummary = numberIn(summary, "Log Analytics charged (container-log and monitoring lines)", 1);
            double priceList = numberIn(summary, "  Of which ingestion at the price list", 1);
            double beyond = numberIn(summary,
                    "  Of which the workspaces' bills beyond it (commitment tier, retention, queries)", 1);

            // then: the charged cost is the lake's, and its two parts add up to it
            assertThat(inSummary).isCloseTo(charged, offset(1e-6));
            assertThat(priceList + beyond).isCloseTo(charged, offset(1e-6));
            assertThat(priceList).isCloseTo(sumOfColumn(workbook.getSheet("Log ingestion"), "Cost at the price list"),
                    offset(1e-6));
        }
        // and each team's statement gives its lever on its own container logs
        assertThat(ReportContents.text(out.resolve("reports/2026-10/teams/payments.pdf")).replaceAll("\\s+", " "))
            .contains("The log lever: the container logs of payments")
            .containsPattern("log-aks-prod-weu / ContainerLogV2 Analytics · about [\\d.,]+ of [\\d.,]+ GB")
            .contains("Every 10 % fewer log lines saves about ");
        // and in a billed month no line says the chargeback lacks query charges
        assertThat(ReportContents.text(out.resolve("reports/2026-10/kubeledger-2026-10.pdf")))
            .contains("Log Analytics: what is charged")
            .doesNotContain("which the chargeback does not contain")
            .contains("The workspace is charged its bill, query charges included");
    }

    @Test
    void whatTheMoneyBuysAddsUpToEachTeamsCostWithItsContainersUseOfTheirRequests() throws Exception {
        // given: payments' CPU requested and used, from the lake's rightsizing
        List<Object> cpu = query("""
                SELECT sum(cpu_usage_avg_cores) FILTER (WHERE cpu_request_cores > 0), sum(cpu_request_cores)
                FROM read_parquet('%s/lake/rightsizing/date=2026-10-31/*.parquet') WHERE team = 'payments'
                """.formatted(out)).get(0);
        double cpuUsed = ((Number) cpu.get(0)).doubleValue() / ((Number) cpu.get(1)).doubleValue();

        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet buys = workbook.getSheet("What the money buys");
            Sheet teams = workbook.getSheet("Teams");
            for (Row row : buys) {
                if (!"(all)".equals(new DataFormatter().formatCellValue(row.getCell(1)))) {
                    continue;
                }
                String team = row.getCell(0).getStringCellValue();
                double parts = 0;
                for (int c = 3; c <= 13; c++) {
                    parts += row.getCell(c) == null ? 0 : row.getCell(c).getNumericCellValue();
                }
                // then: its parts add up to its cost, which is the Teams sheet's; its
                // compute is split
                assertThat(parts).as(team).isCloseTo(row.getCell(14).getNumericCellValue(), offset(1e-6));
                assertThat(row.getCell(14).getNumericCellValue()).as(team)
                    .isCloseTo(numberIn(teams, team, 9), offset(1e-6));
                assertThat(new DataFormatter().formatCellValue(row.getCell(6))).as("%s's compute not split", team)
                    .isEmpty();
                if (team.equals("payments")) {
                    assertThat(row.getCell(15).getNumericCellValue()).isCloseTo(cpuUsed, offset(1e-9));
                    assertThat(row.getCell(3).getNumericCellValue()).isPositive();
                    assertThat(row.getCell(4).getNumericCellValue()).isPositive();
                }
            }
            assertThat(sumOfColumn(buys, "Cost")).isCloseTo(2 * lakeTotal().doubleValue(), offset(1e-6));
            // and its totals row adds up the teams' rows only, not their namespaces'
            // again
            Row totals = buys.getRow(buys.getLastRowNum());
            assertThat(totals.getCell(14).getCellFormula()).startsWith("SUMIFS(O2:O");
            assertThat(totals.getCell(14).getNumericCellValue()).isCloseTo(lakeTotal().doubleValue(), offset(1e-6));
        }
        assertThat(BrokenSampleEndToEndTests.firstPage(out.resolve("reports/2026-10/teams/payments.pdf")))
            .doesNotContain("What the money buys");
        assertThat(ReportContents.text(out.resolve("reports/2026-10/teams/payments.pdf")))
            .contains("What the money buys")
            .containsPattern("CPU \\d+ % · memory \\d+ % used")
            .containsPattern("CPU \\d+ % · memory \\d+ % · storage \\d+ %");
    }

    @Test
    void aTeamWhoseNamespaceAnotherTeamsLabelSharesIsToldWhoPaysThereAndHowMuch() throws Exception {
        // given: growth's team label on pods of payments' namespace in aks-prod-weu
        BigDecimal growth = (BigDecimal) query("""
                SELECT sum(EffectiveCost) FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_Team = 'growth'
                AND x_Cluster = 'aks-prod-weu' AND x_Namespace = 'payments' AND x_CostKind = 'workload'
                AND x_Allocation = 'direct'""".formatted(out)).get(0).get(0);

        // then
        assertThat(BrokenSampleEndToEndTests.firstPage(out.resolve("reports/2026-10/teams/payments.pdf")))
            .contains("Team labels split the workload of")
            .contains(String.format(Locale.ROOT, "aks-prod-weu / payments: growth %,.2f", growth));
        assertThat(ReportContents.text(out.resolve("reports/2026-10/teams/growth.pdf")).replaceAll("\\s+", " "))
            .containsPattern("Team labels split the workload of \\d+ of growth's namespaces with other teams, who "
                    + "pay their labelled pods there: [^:]+: \\w+ [\\d,]+\\.\\d{2}");
    }

    /** The number in the given column of the row whose first cell is {@code key}. */
    private static double numberIn(Sheet sheet, String key, int column) {
        for (Row row : sheet) {
            if (key.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row.getCell(column).getNumericCellValue();
            }
        }
        throw new AssertionError("no row '" + key + "' in sheet " + sheet.getSheetName());
    }

    /**
     * The sum of a column's items, to their totals row (what a sheet has below it is
     * another table).
     */
    static double sumOfColumn(Sheet sheet, String header) {
        int column = -1;
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                column = cell.getColumnIndex();
            }
        }
        double sum = 0;
        for (Row row : sheet) {
            if ("Total".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return sum;
            }
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                sum += row.getCell(column).getNumericCellValue();
            }
        }
        return sum;
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
