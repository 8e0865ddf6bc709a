package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.ingest.BillFixture.Row;
import io.kubeledger.ingest.MonthBillReader.ComposedBill;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.LocalSnapshotBlobSource;

/**
 * The month's bill composed day by day from the newest export run with rows of each day:
 * a later, shorter run replaces only its own days, an empty run nothing; only the fleet's
 * rows must be in the job's currency.
 */
class MonthBillReaderTests {

    private static final String SUBSCRIPTION = "ba419d35-0dfe-8af7-aee7-bbe10c45c028";

    private static final String CLUSTER_ID = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/rg-aks-1/providers/Microsoft.ContainerService/managedClusters/aks-1";

    private static final String NODES = "mc_rg-aks-1_aks-1_westeurope";

    private static final String EXPORT = "https://stbilling.blob.core.windows.net/exports/focus/kubeledger-focus";

    private static final DayRange OCTOBER = new DayRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));

    @TempDir
    Path snapshot;

    /** aks-1's nodes on the day, at a cost, and another team's database. */
    private static List<Row> day(int day, String cost) {
        String date = "2026-10-%02d".formatted(day);
        return List.of(
                new Row(date, SUBSCRIPTION, NODES,
                        "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + NODES
                                + "/providers/microsoft.compute/virtualmachinescalesets/aks-user-1",
                        "Microsoft.Compute/virtualMachineScaleSets", cost, cost),
                new Row(date, SUBSCRIPTION, "rg-data",
                        "/subscriptions/" + SUBSCRIPTION
                                + "/resourcegroups/rg-data/providers/microsoft.sql/servers/sql-1",
                        "Microsoft.Sql/servers", "7", "7"));
    }

    /** A refund of aks-1's nodes dated in September. */
    private static Row septemberRefund(String cost) {
        return new Row("2026-09-20", SUBSCRIPTION, NODES,
                "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + NODES
                        + "/providers/microsoft.compute/virtualmachinescalesets/aks-user-1",
                "Microsoft.Compute/virtualMachineScaleSets", cost, cost);
    }

    private static List<Row> days(int first, int last, String cost) {
        List<Row> rows = new ArrayList<>();
        for (int day = first; day <= last; day++) {
            rows.addAll(day(day, cost));
        }
        return rows;
    }

    @Test
    void aLaterShorterRunReplacesOnlyItsOwnDays() throws IOException {
        // given: the month's run, then an on-demand run of the 10th to the 12th with
        // other figures
        BillFixture.run(exportFolder(), "11111111-1111-1111-1111-111111111111", Instant.parse("2026-11-01T06:12:00Z"),
                "2026-10-31", "Csv", List.of(days(1, 31, "10")));
        BillFixture.run(exportFolder(), "22222222-2222-2222-2222-222222222222", Instant.parse("2026-11-02T09:00:00Z"),
                "2026-10-12", "Csv", List.of(days(10, 12, "11")));

        // when
        ComposedBill bill = read();

        // then: every day billed, each by the newest run that has it
        assertThat(bill.runs()).extracting(run -> run.run().runId() + " " + run.stretches())
            .containsExactly("22222222-2222-2222-2222-222222222222 2026-10-10 to 2026-10-12",
                    "11111111-1111-1111-1111-111111111111 2026-10-01 to 2026-10-09, 2026-10-13 to 2026-10-31");
        assertThat(bill.billedThrough()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(bill.billed().clusterTotals().get("aks-1")).isEqualByComparingTo("313");
        assertThat(bill.billed().rowsOfOthers()).isEqualTo(31);
    }

    @Test
    void theCorrectionsOfEarlierPeriodsAreTheNewestRunsThatCarriesAnyNotAShortRunsWithout() throws IOException {
        // given: the month's runs to the 30th and the 31st, each with September's refund
        // of aks-1's nodes (the older
        // with a figure since re-rated), then an on-demand run of the 10th to the 12th,
        // which carries none
        List<Row> older = new ArrayList<>(days(1, 30, "10"));
        older.add(septemberRefund("-4"));
        BillFixture.run(exportFolder(), "11111111-1111-1111-1111-111111111111", Instant.parse("2026-10-31T06:12:00Z"),
                "2026-10-30", "Csv", List.of(older));
        List<Row> month = new ArrayList<>(days(1, 31, "10"));
        month.add(septemberRefund("-5"));
        BillFixture.run(exportFolder(), "22222222-2222-2222-2222-222222222222", Instant.parse("2026-11-01T06:12:00Z"),
                "2026-10-31", "Csv", List.of(month));
        BillFixture.run(exportFolder(), "33333333-3333-3333-3333-333333333333", Instant.parse("2026-11-02T09:00:00Z"),
                "2026-10-12", "Csv", List.of(days(10, 12, "11")));

        // when
        ComposedBill bill = read();

        // then
        assertThat(bill.priorPeriods().clusterTotals().get("aks-1")).isEqualByComparingTo("-5");
    }

    @Test
    void anEmptyNewerRunChangesNothing() throws IOException {
        // given
        BillFixture.run(exportFolder(), "11111111-1111-1111-1111-111111111111", Instant.parse("2026-10-31T06:12:00Z"),
                "2026-10-30", "Csv", List.of(days(1, 30, "10")));
        BillFixture.run(exportFolder(), "33333333-3333-3333-3333-333333333333", Instant.parse("2026-11-01T06:12:00Z"),
                "2026-10-31", "Csv", List.of(List.of()));

        // when
        ComposedBill bill = read();

        // then
        assertThat(bill.emptyRuns()).extracting(CostExportManifest::runId)
            .containsExactly("33333333-3333-3333-3333-333333333333");
        assertThat(bill.runs()).singleElement().extracting(BilledRun::stretches).isEqualTo("2026-10-01 to 2026-10-30");
        assertThat(bill.billed().clusterTotals().get("aks-1")).isEqualByComparingTo("300");
    }

    @Test
    void onlyTheFleetsRowsMustBeInTheJobsCurrency() throws IOException {
        // given: another team's database billed in EUR
        writeRun(days(1, 2, "10").stream()
            .map(row -> row.resourceId().endsWith("sql-1") ? row.inCurrency("EUR") : row)
            .toList());

        // when / then: read, and the database is not charged
        assertThat(read().billed().clusterTotals().get("aks-1")).isEqualByComparingTo("20");

        // given: the cluster's nodes billed in EUR
        writeRun(days(1, 2, "10").stream().map(row -> row.inCurrency("EUR")).toList());

        // when / then
        assertThatThrownBy(this::read).isInstanceOf(BillUnreadableException.class)
            .hasMessageContaining("bills the fleet's resources in another currency than kubeledger.currency USD: "
                    + "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + NODES
                    + "/providers/microsoft.compute/virtualmachinescalesets/aks-user-1 (EUR)");
    }

    private void writeRun(List<Row> rows) throws IOException {
        BillFixture.run(exportFolder(), "11111111-1111-1111-1111-111111111111", Instant.parse("2026-10-03T06:12:00Z"),
                "2026-10-02", "Csv", List.of(rows));
    }

    private ComposedBill read() {
        LocalSnapshotBlobSource blobs = new LocalSnapshotBlobSource(snapshot);
        Cluster cluster = new Cluster("aks-1", CLUSTER_ID, "https://st.blob.core.windows.net/c/aks-1.csv", null, null,
                null);
        List<CostExportManifest> runs = new CostExportRuns(blobs, BlobFolder.parse(EXPORT))
            .newestFirst(YearMonth.of(2026, 10));
        return new MonthBillReader(new CostExportReader(blobs, BlobFolder.parse(EXPORT), "EffectiveCost"),
                () -> new BilledCosts(List.of(BilledCosts.ClusterResources.of(cluster, NODES)), List.of(),
                        new BilledMonitoring(Map.of(), true)),
                "USD")
            .read(runs, OCTOBER, () -> {
            });
    }

    private Path exportFolder() {
        return snapshot.resolve("blob/stbilling/exports/focus/kubeledger-focus");
    }

}
