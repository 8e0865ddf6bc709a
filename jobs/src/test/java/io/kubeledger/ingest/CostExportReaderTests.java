package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.ingest.BillFixture.Row;
import io.kubeledger.source.LocalSnapshotBlobSource;

/**
 * The bill as Cost Management writes it: the newest run of a month read whole, in each of
 * its file formats, its rows summed to the clusters' buckets and the workspaces; a bill
 * that cannot be read whole fails, naming run and file.
 */
class CostExportReaderTests {

    private static final String SUBSCRIPTION = "ba419d35-0dfe-8af7-aee7-bbe10c45c028";

    private static final String CLUSTER_ID = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/rg-aks-1/providers/Microsoft.ContainerService/managedClusters/aks-1";

    private static final String NODES = "MC_rg-aks-1_aks-1_westeurope";

    private static final String NODE_IDS = "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + NODES.toLowerCase()
            + "/providers/";

    private static final String WORKSPACE_ID = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/rg-aks-1/providers/Microsoft.OperationalInsights/workspaces/log-aks-1";

    private static final String EXPORT = "https://stbilling.blob.core.windows.net/exports/focus/kubeledger-focus";

    @TempDir
    Path snapshot;

    /**
     * A day of aks-1: its nodes (one reservation-covered), a disk, its load balancer, its
     * fee, its workspace.
     */
    private static List<Row> day(String day) {
        return List.of(
                new Row(day, SUBSCRIPTION, NODES, NODE_IDS + "microsoft.compute/virtualmachinescalesets/aks-user-1",
                        "Microsoft.Compute/virtualMachineScaleSets", "0", "10.5"),
                new Row(day, SUBSCRIPTION, "mc_RG-aks-1_aks-1_westeurope",
                        NODE_IDS + "microsoft.compute/virtualmachinescalesets/aks-system-1",
                        "Microsoft.Compute/virtualMachineScaleSets", "4.000000000000000001", "4.000000000000000001"),
                new Row(day, SUBSCRIPTION, NODES, NODE_IDS + "microsoft.compute/disks/pvc-1", "Microsoft.Compute/disks",
                        "1.25", "1.25"),
                new Row(day, SUBSCRIPTION, NODES, NODE_IDS + "microsoft.network/loadbalancers/kubernetes",
                        "Microsoft.Network/loadBalancers", "0.75", "0.75"),
                new Row(day, SUBSCRIPTION, "rg-aks-1", CLUSTER_ID.toLowerCase(),
                        "Microsoft.ContainerService/managedClusters", "2.4", "2.4"),
                new Row(day, SUBSCRIPTION, "rg-aks-1", WORKSPACE_ID.toLowerCase(),
                        "Microsoft.OperationalInsights/workspaces", "3.1", "2.6"),
                new Row(day, SUBSCRIPTION, "rg-other",
                        "/subscriptions/" + SUBSCRIPTION
                                + "/resourcegroups/rg-other/providers/microsoft.storage/storageaccounts/stother",
                        "Microsoft.Storage/storageAccounts", "9", "9"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Csv", "CsvGzip", "Parquet", "ParquetUncompressed" })
    void theNewestRunOfTheMonthIsReadInEachFormatAndSummedToTheClustersBucketsAndWorkspaces(String format)
            throws IOException {
        // given: an older run of October with other figures, and the newest, in two parts
        Path folder = exportFolder();
        BillFixture.run(folder, "11111111-1111-1111-1111-111111111111", Instant.parse("2026-10-02T06:12:00Z"),
                "2026-10-01", format, List.of(List.of(new Row("2026-10-01", SUBSCRIPTION, NODES,
                        NODE_IDS + "microsoft.compute/virtualmachinescalesets/aks-user-1", "", "99", "99"))));
        BillFixture.run(folder, "22222222-2222-2222-2222-222222222222", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-02", format, List.of(day("2026-10-01"), day("2026-10-02")));

        // when
        CostExportManifest run = newest();
        BilledCosts billed = read(run, "EffectiveCost");

        // then
        assertThat(run.runId()).isEqualTo("22222222-2222-2222-2222-222222222222");
        assertThat(run.endDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        Map<BillBucket, BigDecimal> first = billed.byCluster().get("aks-1").get(LocalDate.of(2026, 10, 1));
        assertThat(first.get(BillBucket.COMPUTE)).isEqualByComparingTo("14.500000000000000001");
        assertThat(first.get(BillBucket.STORAGE)).isEqualByComparingTo("1.25");
        assertThat(first.get(BillBucket.NETWORK)).isEqualByComparingTo("0.75");
        assertThat(first.get(BillBucket.CLUSTER_FEE)).isEqualByComparingTo("2.4");
        assertThat(billed.clusterTotals().get("aks-1")).isEqualByComparingTo("37.800000000000000002");
        assertThat(billed.workspaceTotals().get("log-aks-1")).isEqualByComparingTo("5.2");
        assertThat(billed.rowsOfOthers()).isEqualTo(2);
    }

    @Test
    void aParquetPartThatIsNotParquetFailsNamingRunAndFile() throws IOException {
        // given
        Path manifest = BillFixture.run(exportFolder(), "22222222-2222-2222-2222-222222222222",
                Instant.parse("2026-10-03T06:12:00Z"), "2026-10-01", "Parquet", List.of(day("2026-10-01")));
        Files.writeString(manifest.resolveSibling("part_0_0001.snappy.parquet"), "BilledCost,EffectiveCost\n1,1\n");

        // when / then
        assertThatThrownBy(() -> read(newest(), "EffectiveCost")).isInstanceOf(BillUnreadableException.class)
            .hasMessageContaining("part_0_0001.snappy.parquet of export run 22222222-2222-2222-2222-222222222222 "
                    + "cannot be read as Parquet: ");
    }

    @Test
    void theBilledCostColumnCanBeTheBill() throws IOException {
        // given
        BillFixture.run(exportFolder(), "22222222-2222-2222-2222-222222222222", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-01", "Csv", List.of(day("2026-10-01")));
        CostExportManifest run = newest();

        // when / then: the reservation-covered nodes cost nothing on the invoice
        assertThat(read(run, "BilledCost").clusterTotals().get("aks-1")).isEqualByComparingTo("8.400000000000000001");
    }

    @Test
    void aMonthWithoutARunHasNone() throws IOException {
        BillFixture.run(exportFolder(), "22222222-2222-2222-2222-222222222222", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-01", "Csv", List.of(day("2026-10-01")));

        assertThat(new CostExportRuns(blobs(), BlobFolder.parse(EXPORT)).newestFirst(YearMonth.of(2026, 11))).isEmpty();
    }

    @Test
    void aBillThatCannotBeReadWholeFailsNamingTheRunAndTheFile() throws IOException {
        // given: a part the manifest lists is gone
        Path manifest = BillFixture.run(exportFolder(), "33333333-3333-3333-3333-333333333333",
                Instant.parse("2026-10-03T06:12:00Z"), "2026-10-02", "Csv",
                List.of(day("2026-10-01"), day("2026-10-02")));
        Files.delete(manifest.resolveSibling("part_1_0001.csv"));

        // when / then
        assertThatThrownBy(() -> read(newest(), "EffectiveCost")).isInstanceOf(BillUnreadableException.class)
            .hasMessageContaining("part_1_0001.csv of export run 33333333-3333-3333-3333-333333333333")
            .hasMessageContaining("which its manifest lists, is missing");

        // given: a part with a row fewer than its manifest says
        Files.writeString(manifest.resolveSibling("part_1_0001.csv"), BillFixture.csv(day("2026-10-02").subList(0, 6)));

        // when / then
        assertThatThrownBy(() -> read(newest(), "EffectiveCost"))
            .hasMessageContaining("part_1_0001.csv of export run 33333333-3333-3333-3333-333333333333 has 6 rows, "
                    + "and its manifest says 7");

        // given: an amount and a date that are not one
        for (String[] broken : new String[][] { { "2.4", "two" }, { "2026-10-02T00:00:00Z", "yesterday" },
                { "1.25", "1e999999999" } }) {
            Files.writeString(manifest.resolveSibling("part_1_0001.csv"),
                    BillFixture.csv(day("2026-10-02")).replace(broken[0], broken[1]));

            // when / then
            assertThatThrownBy(() -> read(newest(), "EffectiveCost")).as(broken[1])
                .hasMessageContaining("part_1_0001.csv of export run 33333333-3333-3333-3333-333333333333, line")
                .hasMessageContaining("'" + broken[1] + "'");
        }
    }

    @Test
    void microsoftsOwnRowsAreReadAndBucketedByTheirArmType() throws IOException {
        // given: Microsoft's rows of the FOCUS sample data as a run's part
        Path part = exportFolder()
            .resolve("20240901-20240930/202410010612/66666666-6666-6666-6666-666666666666/" + "part_0_0001.csv");
        Files.createDirectories(part.getParent());
        Files.copy(Path.of("src/test/resources/ingest/focus-sample/microsoft-rows.csv"), part);
        Files.writeString(part.resolveSibling("manifest.json"), """
                {"manifestVersion":"2024-04-01","byteCount":%d,"blobCount":1,"dataRowCount":3,
                 "exportConfig":{"type":"FocusCost","dataVersion":"1.0"},
                 "deliveryConfig":{"fileFormat":"Csv","compressionMode":"None"},
                 "runInfo":{"submittedTime":"2024-10-01T06:12:00Z","runId":"66666666-6666-6666-6666-666666666666",
                            "startDate":"2024-09-01T00:00:00","endDate":"2024-09-30T00:00:00"},
                 "blobs":[{"blobName":"%s","byteCount":%d,"dataRowCount":3}]}
                """.formatted(Files.size(part), snapshot.resolve("blob/stbilling/exports").relativize(part),
                Files.size(part)));
        Cluster cluster = new Cluster("analyticsengine", "/subscriptions/9ec51cfd-5ca7-4d76-8101-dd0a4abc5674/"
                + "resourceGroups/AnalyticsEngine/providers/Microsoft.ContainerService/managedClusters/AnalyticsEngine",
                "https://st.blob.core.windows.net/c/analyticsengine.csv", null, null, null);
        BilledCosts billed = new BilledCosts(
                List.of(BilledCosts.ClusterResources.of(cluster, "MC_AnalyticsEngine_AnalyticsEngine_eastus")),
                List.of(), new BilledMonitoring(Map.of(), true));

        // when
        new CostExportReader(blobs(), BlobFolder.parse(EXPORT), "BilledCost").read(
                new CostExportRuns(blobs(), BlobFolder.parse(EXPORT)).newestFirst(YearMonth.of(2024, 9)).get(0),
                billed::add);

        // then: the Defender charge is the cluster's fee, the scale set (a "Virtual
        // machine scale set") compute, and
        // another resource group's disk nobody's
        Map<LocalDate, Map<BillBucket, BigDecimal>> days = billed.byCluster().get("analyticsengine");
        assertThat(days.get(LocalDate.of(2024, 9, 19))).containsOnlyKeys(BillBucket.CLUSTER_FEE)
            .hasEntrySatisfying(BillBucket.CLUSTER_FEE, cost -> assertThat(cost).isEqualByComparingTo("1.58088"));
        assertThat(days.get(LocalDate.of(2024, 9, 1))).containsOnlyKeys(BillBucket.COMPUTE)
            .hasEntrySatisfying(BillBucket.COMPUTE, cost -> assertThat(cost).isEqualByComparingTo("0.0000003702"));
        assertThat(billed.rowsOfOthers()).isEqualTo(1);
        assertThat(billed.billingAccounts())
            .containsValue(new BillingAccount("/providers/Microsoft.Billing/billingAccounts/8611537", "SunBird"));
    }

    @Test
    void aManifestThatListsAPartTwiceOrOutsideItsRunsFolderIsRefused() throws IOException {
        // given: a run of two parts, and a file of another run beside its folder
        Path manifest = twoDayRun("44444444-4444-4444-4444-444444444444");
        String listed = Files.readString(manifest);
        String first = "focus/kubeledger-focus/20261001-20261031/202610030612/44444444-4444-4444-4444-444444444444/"
                + "part_0_0001.csv";
        String second = first.replace("part_0_", "part_1_");
        Files.writeString(exportFolder().resolve("20261001-20261031/other.csv"), BillFixture.csv(day("2026-10-02")));

        // when / then: the second part listed as the first again
        Files.writeString(manifest, listed.replace(second, first));
        assertThatThrownBy(this::newest).isInstanceOf(BillUnreadableException.class)
            .hasMessageContaining("lists the part " + first + " twice");

        // when / then: the second part a file outside the run's folder
        Files.writeString(manifest, listed.replace(second, first.replace("part_0_0001.csv", "../../other.csv")));
        assertThatThrownBy(this::newest).isInstanceOf(BillUnreadableException.class)
            .hasMessageContaining("lists a part outside its run's folder, '../../other.csv'");
    }

    @Test
    void aManifestWhoseCountsAreNotItsPartsIsRefused() throws IOException {
        // given
        Path manifest = twoDayRun("55555555-5555-5555-5555-555555555555");
        String listed = Files.readString(manifest);

        // when / then: the run's row count
        Files.writeString(manifest, listed.replace("\"dataRowCount\":14,", "\"dataRowCount\":21,"));
        assertThatThrownBy(this::newest).isInstanceOf(BillUnreadableException.class)
            .hasMessageContaining("says dataRowCount 21, and its parts add up to 14");

        // when / then: a part whose bytes are not the manifest's (the same rows, written
        // with other line ends)
        Files.writeString(manifest, listed);
        Path part = manifest.resolveSibling("part_1_0001.csv");
        Files.writeString(part, Files.readString(part).replace("\n", "\r\n"));
        assertThatThrownBy(() -> read(newest(), "EffectiveCost")).isInstanceOf(BillUnreadableException.class)
            .hasMessageMatching(".*part_1_0001.csv of export run 55555555-5555-5555-5555-555555555555 has \\d+ "
                    + "bytes, and its manifest says \\d+: the part is not the one the run wrote");
    }

    /** A CSV run of the 1st and the 2nd, a part each; returns its manifest. */
    private Path twoDayRun(String runId) throws IOException {
        return BillFixture.run(exportFolder(), runId, Instant.parse("2026-10-03T06:12:00Z"), "2026-10-02", "Csv",
                List.of(day("2026-10-01"), day("2026-10-02")));
    }

    private CostExportManifest newest() {
        return new CostExportRuns(blobs(), BlobFolder.parse(EXPORT)).newestFirst(YearMonth.of(2026, 10)).get(0);
    }

    private BilledCosts read(CostExportManifest run, String costColumn) {
        Cluster cluster = new Cluster("aks-1", CLUSTER_ID, "https://st.blob.core.windows.net/c/aks-1.csv",
                "4f083ce3-f12b-bb4b-46ee-9d82b52c856d", WORKSPACE_ID, null);
        BilledCosts billed = new BilledCosts(List.of(BilledCosts.ClusterResources.of(cluster, NODES)),
                List.of(new Workspace(cluster.workspaceId(), WORKSPACE_ID)), new BilledMonitoring(Map.of(), true));
        new CostExportReader(blobs(), BlobFolder.parse(EXPORT), costColumn).read(run, billed::add);
        return billed;
    }

    private Path exportFolder() {
        return snapshot.resolve("blob/stbilling/exports/focus/kubeledger-focus");
    }

    private LocalSnapshotBlobSource blobs() {
        return new LocalSnapshotBlobSource(snapshot);
    }

}
