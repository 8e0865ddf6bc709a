package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.azure.core.util.BinaryData;

import io.kubeledger.AzureStub.Reply;
import io.kubeledger.ingest.BillFixture;

/**
 * Runs the job with {@code source=azure} against real parts: Azurite holding the sample's
 * blobs and a loopback stub answering with the real Log Analytics and ARM bodies,
 * including their faults.
 */
@ExtendWith(OutputCaptureExtension.class)
class AzureRunTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final Path CONFIG = SAMPLE.resolve("kubeledger.yaml");

    private static final String LAKE_URL = "https://stfinancelake.blob.core.windows.net/finance-lake/kubeledger";

    private static final String REPORTS_URL = "https://stfinancelake.blob.core.windows.net/finance-reports";

    private static final String PROD_WEU_WORKSPACE = "4f083ce3-f12b-bb4b-46ee-9d82b52c856d";

    private static final String PROD_WEU_RESOURCE = "/subscriptions/ba419d35-0dfe-8af7-aee7-bbe10c45c028/"
            + "resourceGroups/rg-aks-prod-weu/providers/Microsoft.OperationalInsights/workspaces/log-aks-prod-weu";

    @TempDir
    static Path work;

    private static AzuriteServer azurite;

    private static AzureStub stub;

    @BeforeAll
    static void startAzureParts() throws IOException {
        azurite = AzuriteServer.start(work.resolve("azurite.log"));
        azurite.upload(SAMPLE.resolve("blob"));
        azurite.container("stfinancelake", "finance-lake");
        azurite.container("stfinancelake", "finance-reports");
        stub = new AzureStub(SAMPLE);
    }

    @AfterAll
    static void stopAzureParts() {
        stub.close();
        azurite.close();
    }

    @BeforeEach
    void resetTheStub() {
        stub.reset();
    }

    @Test
    void theAzureRunWritesTheSameLakeAsTheLocalRunAndPublishesIt(CapturedOutput output) throws Exception {
        // given
        int local = KubeledgerRun.run(CONFIG, work.resolve("local"), "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);

        // when
        int azure = runOnAzure(work.resolve("azure"), "--kubeledger.lake-url=" + LAKE_URL,
                "--kubeledger.reports-url=" + REPORTS_URL);

        // then: the same rows, and every partition published as written
        assertThat(local).isZero();
        assertThat(azure).isZero();
        assertThat(lake(work.resolve("azure"))).isEqualTo(lake(work.resolve("local")));
        List<String> published = azurite.list("stfinancelake", "finance-lake", "kubeledger/chargeback/");
        assertThat(published).hasSize(31)
            .allMatch(name -> name.matches("kubeledger/chargeback/date=2026-10-\\d\\d/part-00000\\.parquet"));
        assertThat(azurite.download("stfinancelake", "finance-lake",
                "kubeledger/chargeback/date=2026-10-07/part-00000.parquet"))
            .isEqualTo(Files.readAllBytes(work.resolve("azure/lake/chargeback/date=2026-10-07/part-00000.parquet")));
        assertThat(azurite.list("stfinancelake", "finance-lake", "kubeledger/compliance/"))
            .containsExactly("kubeledger/compliance/date=2026-10-31/part-00000.parquet");
        assertThat(azurite.list("stfinancelake", "finance-reports", "2026-10/"))
            .contains("2026-10/kubeledger-2026-10.pdf", "2026-10/kubeledger-2026-10.xlsx", "2026-10/teams/payments.pdf",
                    "2026-10/teams/unallocated.pdf")
            .allMatch(name -> name.matches("2026-10/(kubeledger-2026-10\\.(pdf|xlsx)|teams/[a-z-]+\\.pdf)"));
        // and no warning in the job's log (Spring Boot's lines; the test's own Azure
        // client logs in logback's default
        // format), such as the HTTP client's at every upload, whose Content-Length it
        // computes itself
        assertThat(output.getOut().lines().filter(line -> line.contains(" --- [") && line.contains(" WARN ")))
            .isEmpty();
        // and the queries were the project's, over the window, with a server timeout
        assertThat(stub.received()).filteredOn(r -> r.path().startsWith("/v1/")).hasSize(9).allSatisfy(r -> {
            assertThat(r.timespan()).isEqualTo("2026-10-01T00:00Z/2026-11-01T00:00Z");
            assertThat(r.prefer()).contains("wait=600");
        });
        // and the monitor workspace was asked five figures for each of the lookback's 14
        // days, and the samples of each of the 31 days its bill covers
        assertThat(stub.received()).filteredOn(r -> r.path().startsWith("/prometheus/"))
            .filteredOn(r -> !r.query().endsWith("/samples"))
            .hasSize(70);
        assertThat(stub.received()).filteredOn(r -> r.path().startsWith("/prometheus/"))
            .filteredOn(r -> r.query().endsWith("/samples"))
            .hasSize(31);
    }

    @Test
    void theBillIsReadFromBlobStorageAsFromTheSnapshot(CapturedOutput output) throws Exception {
        // given: two days of October's cost export in Blob Storage, gzipped
        Path blobs = work.resolve("bill/blob");
        BillFixture.run(blobs.resolve("stfinopsexports/cost-exports/focus/kubeledger-focus"),
                "5f0c1a52-8d2e-4b8e-9a51-0c7a1f3e2d11", Instant.parse("2026-10-03T06:12:00Z"), "2026-10-02", "CsvGzip",
                List.of(BillingEndToEndTests.day(1), BillingEndToEndTests.day(2)));
        azurite.upload(blobs);

        // when
        int exitCode = runOnAzure(work.resolve("billed"), "--kubeledger.billing.cost-export=https://stfinopsexports"
                + ".blob.core.windows.net/cost-exports/focus/kubeledger-focus");

        // then: the cluster's node resource group, from ARM, and its workspace found on
        // the bill
        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("billed through 2026-10-02: aks-prod-weu 303.70 USD billed, ")
            .contains("; workspaces log-aks-prod-weu 6.00 USD; 2 rows of other resources, not charged");
    }

    @Test
    void aLakeThatCannotBePublishedIsNamedAndNotSaidToBePublished(CapturedOutput output) throws Exception {
        // when: the lake's container does not exist
        int exitCode = runOnAzure(work.resolve("unpublished"),
                "--kubeledger.lake-url=https://stfinancelake.blob.core" + ".windows.net/no-such-container/kubeledger",
                "--kubeledger.reports-url=" + REPORTS_URL);

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(failure(output))
            .containsPattern("blob kubeledger/[a-z]+/date=2026-10-\\d\\d/part-00000\\.parquet of "
                    + "account stfinancelake, container no-such-container \\(at http://127\\.0\\.0\\.1:\\d+/stfinancelake\\) "
                    + "cannot be written");
        assertThat(output.getOut())
            .contains("lake NOT published to https://stfinancelake.blob.core.windows.net/"
                    + "no-such-container/kubeledger")
            .contains("reports NOT published to " + REPORTS_URL);
    }

    @Test
    void aReportsRunOnAPodOfItsOwnReadsTheLakeFromBlobStorage() throws Exception {
        // given: a run that published its lake
        assertThat(runOnAzure(work.resolve("computed"), "--kubeledger.lake-url=" + LAKE_URL)).isZero();

        // when: a reports run with no local lake and a job database of its own
        int exitCode = runOnAzure(work.resolve("reports"), "--kubeledger.lake-url=" + LAKE_URL,
                "--kubeledger.phase=reports");

        // then
        assertThat(exitCode).isZero();
        Path workbook = Path.of("reports/2026-10/kubeledger-2026-10.xlsx");
        assertThat(ReportContents.cells(work.resolve("reports").resolve(workbook)))
            .isEqualTo(ReportContents.cells(work.resolve("computed").resolve(workbook)));
    }

    @Test
    void aRerunLeavesNoStaleFileInAPublishedPartition() throws Exception {
        // given: a partition that holds a file of an earlier layout
        String stale = "kubeledger/chargeback/date=2026-10-05/part-00001.parquet";
        azurite.container("stfinancelake", "finance-lake")
            .getBlobClient(stale)
            .upload(BinaryData.fromString("stale"), true);

        // when
        int exitCode = runOnAzure(work.resolve("rerun"), "--kubeledger.lake-url=" + LAKE_URL);

        // then
        assertThat(exitCode).isZero();
        assertThat(azurite.list("stfinancelake", "finance-lake", "kubeledger/chargeback/date=2026-10-05/"))
            .containsExactly("kubeledger/chargeback/date=2026-10-05/part-00000.parquet");
    }

    @Test
    void aShardRemovesThePublishedPartsOfShardsBeyondTheCount() throws Exception {
        // given: a published partition with the parts of a second shard and of a third
        String gone = "kubeledger/chargeback/date=2026-10-06/part-00002.parquet";
        String kept = "kubeledger/chargeback/date=2026-10-06/part-00001.parquet";
        for (String blob : List.of(gone, kept)) {
            azurite.container("stfinancelake", "finance-lake")
                .getBlobClient(blob)
                .upload(BinaryData.fromString("an earlier run's"), true);
        }

        // when: the first of two shards computes the month
        int exitCode = runOnAzure(work.resolve("two-shards"), "--kubeledger.lake-url=" + LAKE_URL,
                "--kubeledger.phase=compute", "--kubeledger.shard.count=2", "--kubeledger.shard.index=0");

        // then: its part published, the second shard's left to it, the third's gone
        assertThat(exitCode).isZero();
        assertThat(azurite.list("stfinancelake", "finance-lake", "kubeledger/chargeback/date=2026-10-06/"))
            .containsExactlyInAnyOrder("kubeledger/chargeback/date=2026-10-06/part-00000.parquet", kept);
    }

    @Test
    void throttlingIsRetriedAfterTheTimeTheServiceAsks() throws Exception {
        // given
        stub.script(PROD_WEU_WORKSPACE + "/usage",
                new Reply(429, "{\"error\":{\"code\":\"ThrottledError\",\"message\":\"Too many requests\"}}",
                        Map.of("Retry-After", "1")));

        // when
        int exitCode = runOnAzure(work.resolve("throttled"));

        // then: asked again after the second the service asked for, not after the
        // configured 10 ms
        assertThat(exitCode).isZero();
        List<AzureStub.Received> usageCalls = stub.received().stream().filter(r -> "usage".equals(r.query())).toList();
        assertThat(usageCalls).hasSize(4);
        List<AzureStub.Received> throttled = usageCalls.stream()
            .filter(r -> r.path().contains(PROD_WEU_WORKSPACE))
            .toList();
        assertThat(throttled).hasSize(2);
        assertThat(Duration.between(throttled.get(0).at(), throttled.get(1).at()))
            .isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void aWorkspaceWithNoDataIsAnEmptyAnswerNotAFailure() throws Exception {
        // given: 204 to the first workspace's table-queries: it does not audit its
        // queries
        stub.script(PROD_WEU_WORKSPACE + "/table-queries", Reply.of(204, ""));

        // when
        int exitCode = runOnAzure(work.resolve("nodata"));

        // then: its eligible tables keep their plans, as nobody can tell how often they
        // are read
        assertThat(exitCode).isZero();
        assertThat(NightlyJobEndToEndTests
            .query("""
                    SELECT DISTINCT queries IS NULL, plan = recommended_plan, reason LIKE 'query auditing%%'
                    FROM read_parquet('%s/lake/log-tables/date=2026-10-31/*.parquet') WHERE workspace = 'log-aks-prod-weu' AND "table" IN ('AKSAudit', 'ContainerLogV2')
                    """
                .formatted(work.resolve("nodata"))))
            .containsExactly(List.of(true, true, true));
    }

    @Test
    void aPartialErrorFailsTheRunNamingWorkspaceAndQuery(CapturedOutput output) throws Exception {
        // given: HTTP 200 with an error beside the tables, however narrow the days asked
        Reply partial = Reply
            .of(200, """
                    {"tables":[{"name":"PrimaryResult","columns":[{"name":"Day","type":"datetime"}],"rows":[]}],
                     "error":{"code":"PartialError","message":"There were some errors when processing your query.",
                              "details":[{"code":"EngineError","message":"Query result set has exceeded the internal data size limit"}]}}
                    """);
        stub.script(PROD_WEU_WORKSPACE + "/usage", partial, partial, partial, partial, partial, partial, partial);

        // when
        int exitCode = runOnAzure(work.resolve("partial"));

        // then: the window was asked in halves down to its first day, whose answer is
        // still partial
        assertThat(exitCode).isEqualTo(69);
        assertThat(failure(output)).contains("Log Analytics workspace " + PROD_WEU_WORKSPACE + ", query 'usage'")
            .containsPattern("the answer for 2026-\\d\\d-\\d\\d alone is PARTIAL_FAILURE \\(PartialError ");
    }

    @Test
    void anAnswerOverTheServicesRowLimitIsAskedInHalvesAndLosesNoRow() throws Exception {
        // given: answers cut at 100 rows, where a workspace's container logs have 34 rows
        // a day
        stub.rowLimit(100);

        // when
        int local = KubeledgerRun.run(CONFIG, work.resolve("local-cut"), "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);
        int azure = runOnAzure(work.resolve("azure-cut"));

        // then: the same lake as from whole answers, the long windows asked again in
        // halves
        assertThat(local).isZero();
        assertThat(azure).isZero();
        assertThat(lake(work.resolve("azure-cut"))).isEqualTo(lake(work.resolve("local-cut")));
        assertThat(stub.received()).filteredOn(r -> "container-logs".equals(r.query()))
            .extracting(AzureStub.Received::timespan)
            .hasSizeGreaterThan(3 * 8)
            .contains("2026-10-01T00:00Z/2026-11-01T00:00Z");
    }

    @Test
    void aDayOverTheServicesRowLimitFailsNamingWorkspaceQueryAndDay(CapturedOutput output) throws Exception {
        // given: answers cut at 5 rows, fewer than any workspace has a day
        stub.rowLimit(5);

        // when
        int exitCode = runOnAzure(work.resolve("cut-day"));

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(failure(output)).contains("Log Analytics workspace ")
            .containsPattern("the answer for 2026-\\d\\d-\\d\\d alone is PARTIAL_FAILURE \\(PartialError There "
                    + "were some errors when processing your query.\\): over the query API's limits");
    }

    @Test
    void aTimeoutThatOutlastsTheRetriesFailsTheRunWithItsStatus(CapturedOutput output) throws Exception {
        // given
        Reply timeout = Reply.of(504, "{\"error\":{\"code\":\"GatewayTimeout\",\"message\":\"Gateway timeout\"}}");
        stub.script(PROD_WEU_WORKSPACE + "/container-logs", timeout, timeout, timeout, timeout);

        // when
        int exitCode = runOnAzure(work.resolve("timeout"));

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(failure(output))
            .contains("Log Analytics workspace " + PROD_WEU_WORKSPACE + ", query 'container-logs'")
            .contains("HTTP 504");
    }

    @Test
    void aRejectedQueryAndAForbiddenOneSayWhy(CapturedOutput output) throws Exception {
        // given
        stub.script(PROD_WEU_WORKSPACE + "/usage",
                Reply.of(400, "{\"error\":{\"code\":\"BadArgumentError\",\"message\":\"Syntax error\"}}"));

        // when / then
        assertThat(runOnAzure(work.resolve("bad"))).isEqualTo(69);
        assertThat(failure(output)).contains("query 'usage'").contains("HTTP 400");

        // given
        stub.script(PROD_WEU_WORKSPACE + "/usage",
                Reply.of(403, "{\"error\":{\"code\":\"InsufficientAccessError\",\"message\":\"denied\"}}"));

        // when / then
        assertThat(runOnAzure(work.resolve("forbidden"))).isEqualTo(69);
        assertThat(lastFailure(output)).contains("HTTP 403").contains("Log Analytics Reader on the workspace");
    }

    @ParameterizedTest(name = "HTTP {0}: {2}")
    @CsvSource(delimiter = '|',
            value = { "404|{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}|HTTP 404",
                    "403|{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no read\"}}|HTTP 403",
                    "200|{\"value\":[{\"name\":\"Usage\",|not JSON",
                    "200|{\"value\":[{\"name\":\"Usage\",\"properties\":{}}]}|a table without a name or a plan" })
    void aTablesListThatCannotBeReadFailsNamingTheWorkspaceResource(int status, String body, String problem,
            CapturedOutput output) throws Exception {
        // given
        stub.script(PROD_WEU_RESOURCE + "/tables", Reply.of(status, body));

        // when
        int exitCode = runOnAzure(work.resolve("noarm"));

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(failure(output)).contains(PROD_WEU_RESOURCE).contains(problem);
    }

    /**
     * Every endpoint the job calls, closed (the connection refused) and silent (accepting
     * and never answering, with the timeouts configured), fails the run as unavailable,
     * naming the endpoint and what was asked of it.
     */
    @ParameterizedTest(name = "{0} on a {1} port")
    @CsvSource({ "blob-endpoint, closed", "blob-endpoint, silent", "lake, closed", "lake, silent",
            "logs-endpoint, closed", "logs-endpoint, silent", "arm-endpoint, closed", "arm-endpoint, silent" })
    void anEndpointThatCannotBeReachedFailsTheRunNamingIt(String endpoint, String port, CapturedOutput output)
            throws Exception {
        try (SilentServer silent = new SilentServer()) {
            // given
            String unreachable = "http://127.0.0.1:" + (port.equals("silent") ? silent.port() : LoopbackPort.free());
            Map<String, String> endpoints = new TreeMap<>(Map.of("blob-endpoint", azurite.blobEndpoint(),
                    "logs-endpoint", stub.logsEndpoint(), "arm-endpoint", stub.armEndpoint()));
            endpoints.put(endpoint.equals("lake") ? "blob-endpoint" : endpoint,
                    unreachable + (endpoint.startsWith("blob") || endpoint.equals("lake") ? "/{account}" : ""));
            List<String> args = new ArrayList<>(List.of("reportDate=2026-10-31", "--kubeledger.azure.credential=none",
                    "--kubeledger.azure.max-retries=0", "--kubeledger.azure.connect-timeout=1s",
                    "--kubeledger.azure.response-timeout=1s", "--kubeledger.azure.query-timeout=1s",
                    "--kubeledger.source=" + (endpoint.equals("lake") ? "local" : "azure"),
                    "--kubeledger.local-root=" + SAMPLE, "--kubeledger.lake-url=" + LAKE_URL));
            endpoints.forEach((key, url) -> args.add("--kubeledger.azure." + key + "=" + url));
            args.addAll(monitorWorkspaceAtTheStub());
            AzuriteServer.ACCOUNT_KEYS
                .forEach((account, key) -> args.add("--kubeledger.azure.account-keys." + account + "=" + key));

            // when
            int exitCode = KubeledgerRun.run(CONFIG, work.resolve("unreachable-" + endpoint + "-" + port),
                    args.toArray(String[]::new));

            // then
            assertThat(exitCode).isEqualTo(69);
            String why = port.equals("silent") ? "no answer in time" : "no connection could be made";
            String named = switch (endpoint) {
                case "lake" -> "of account stfinancelake, container finance-lake (at " + unreachable
                        + "/stfinancelake) cannot be written, so " + LAKE_URL + "/";
                case "blob-endpoint" -> "(at " + unreachable + "/stfinopsexports) cannot be read: " + why;
                case "logs-endpoint" -> "' cannot be run at " + unreachable + ": " + why;
                default -> "cannot be read at " + unreachable + "/subscriptions/";
            };
            assertThat(lastFailure(output)).contains(named).contains(why).doesNotContain("caused by");
            if (endpoint.equals("lake")) {
                assertThat(output.getOut()).contains("lake NOT published to " + LAKE_URL);
            }
        }
    }

    @Test
    void aMissingExportFailsNamingAccountContainerBlobAndStatus(CapturedOutput output) throws Exception {
        // given
        Path config = work.resolve("gone.yaml");
        Files.writeString(config, Files.readString(CONFIG).replace("opencost/aks-prod-weu.csv", "opencost/gone.csv"));

        // when
        int exitCode = runOnAzure(config, work.resolve("noexport"));

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(failure(output)).contains("https://stfinopsexports.blob.core.windows.net/opencost/gone.csv")
            .contains("HTTP 404: BlobNotFound");
    }

    @Test
    void aStormOf503sFromBlobStorageIsRiddenOutWithinTheRetries() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(azurite.port())) {
            // given: the next three connections to Blob Storage are refused (the run
            // retries each call three times)
            proxy.failNext(3, "503 Service Unavailable");

            // when
            int exitCode = runOnAzure(CONFIG, proxy.endpoint(), work.resolve("storm"));

            // then
            assertThat(exitCode).isZero();
            assertThat(work.resolve("storm/lake/chargeback")).isDirectory();
        }
    }

    @Test
    void aStormThatOutlastsTheRetriesFailsTheRunNamingTheExportAndWritesNoLake(CapturedOutput output) throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(azurite.port())) {
            // given
            proxy.failNext(1000, "503 Service Unavailable");

            // when
            int exitCode = runOnAzure(CONFIG, proxy.endpoint(), work.resolve("outlasting"));

            // then
            assertThat(exitCode).isEqualTo(69);
            assertThat(failure(output))
                .containsPattern("The OpenCost export of cluster '[a-z-]+' is missing or "
                        + "unreadable: https://stfinopsexports\\.blob\\.core\\.windows\\.net/opencost/[a-z-]+\\.csv")
                .contains("503");
            assertThat(work.resolve("outlasting/lake")).doesNotExist();
        }
    }

    @Test
    void downloadsResetMidWayAreResumedAndChargeExactlyTheSame() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(azurite.port())) {
            // given: the first two connections are reset after 100 kB of their answers
            proxy.cutNext(2, 100_000);
            int local = KubeledgerRun.run(CONFIG, work.resolve("whole"), "reportDate=2026-10-31",
                    "--kubeledger.local-root=" + SAMPLE);

            // when
            int exitCode = runOnAzure(CONFIG, proxy.endpoint(), work.resolve("resumed"));

            // then
            assertThat(proxy.cutsMade()).isEqualTo(2);
            assertThat(local).isZero();
            assertThat(exitCode).isZero();
            assertThat(lake(work.resolve("resumed"))).isEqualTo(lake(work.resolve("whole")));
        }
    }

    /**
     * The sample's monitor workspace (its id the sample's, whose rows the bill has), its
     * query endpoint the stub's (a list is overridden whole).
     */
    private static List<String> monitorWorkspaceAtTheStub() {
        return List.of("--kubeledger.monitor-workspaces[0].name=amw-aks-prod-weu",
                "--kubeledger.monitor-workspaces[0].resource-id=/subscriptions/ba419d35-0dfe-8af7-aee7-bbe10c45c028/"
                        + "resourceGroups/rg-aks-prod-weu/providers/Microsoft.Monitor/accounts/amw-aks-prod-weu",
                "--kubeledger.monitor-workspaces[0].query-endpoint=" + stub.prometheusEndpoint("amw-aks-prod-weu"));
    }

    private static int runOnAzure(Path out, String... extra) {
        return runOnAzure(CONFIG, out, extra);
    }

    private static int runOnAzure(Path config, Path out, String... extra) {
        return runOnAzure(config, azurite.blobEndpoint(), out, extra);
    }

    private static int runOnAzure(Path config, String blobEndpoint, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("reportDate=2026-10-31", "--kubeledger.source=azure",
                "--kubeledger.azure.credential=none", "--kubeledger.azure.blob-endpoint=" + blobEndpoint,
                "--kubeledger.azure.logs-endpoint=" + stub.logsEndpoint(),
                "--kubeledger.azure.arm-endpoint=" + stub.armEndpoint(), "--kubeledger.azure.max-retries=3",
                "--kubeledger.azure.retry-delay=10ms", "--kubeledger.azure.max-retry-delay=100ms"));
        AzuriteServer.ACCOUNT_KEYS
            .forEach((account, key) -> args.add("--kubeledger.azure.account-keys." + account + "=" + key));
        args.addAll(monitorWorkspaceAtTheStub());
        args.addAll(List.of(extra));
        return KubeledgerRun.run(config, out, args.toArray(String[]::new));
    }

    /**
     * Every dataset's rows: chargeback, the findings (rightsizing, log tables,
     * compliance) and compute, read from Azure too.
     */
    private static Map<String, List<List<Object>>> lake(Path out) throws Exception {
        Map<String, List<List<Object>>> datasets = new TreeMap<>();
        for (String dataset : List.of("chargeback", "rightsizing", "log-tables", "compliance", "compute")) {
            datasets.put(dataset, NightlyJobEndToEndTests
                .query("SELECT * FROM read_parquet('%s/lake/%s/*/*.parquet') ORDER BY ALL".formatted(out, dataset)));
        }
        return datasets;
    }

    private static String failure(CapturedOutput output) {
        return KubeledgerRun.failures(output.getOut(), "2026-10-31").get(0);
    }

    private static String lastFailure(CapturedOutput output) {
        List<String> failures = KubeledgerRun.failures(output.getOut(), "2026-10-31");
        return failures.get(failures.size() - 1);
    }

}
