package io.kubeledger.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.kubeledger.ingest.BillFixture.Row;
import io.kubeledger.ingest.BillFixture;

/**
 * The fleet's Cost Management FOCUS export of the last month, as Azure bills an AKS
 * fleet: each cluster's node pools (their machines about 40 % more than OpenCost
 * allocates to containers, and in every other cluster a system pool a reservation covers:
 * billed 0, its amortized cost in EffectiveCost), OS and persistent-volume disks, load
 * balancer and public IP, the Standard tier's fee of the first two clusters, each
 * workspace's ingestion at a commitment tier (about 17 % below the price list) and its
 * retention, the monitoring stack (the monitor workspace's samples ingested and queried,
 * Managed Grafana, the kube-audit storage account), and a database of another team, which
 * is not the job's. Two runs: one from the middle of the month, superseded by the newest,
 * through the last day.
 */
final class SampleBillWriter {

    /**
     * Where the sample's export is: the folder {@code kubeledger.billing.cost-export}
     * names.
     */
    static final String EXPORT_URL = "https://stbilling.blob.core.windows.net/exports/focus/kubeledger-focus";

    private static final String EXPORT_FOLDER = "blob/stbilling/exports/focus/kubeledger-focus";

    private static final double IDLE_CAPACITY = 1.4;

    private static final double RESERVATION_PRICE = 0.6;

    private static final double COMMITMENT_TIER_PRICE = 0.83;

    private static final double PRICE_PER_GB = 2.30;

    /**
     * A cluster's identity on the bill and what OpenCost allocated it each day: compute,
     * storage, network.
     */
    record Cluster(int index, String name, String subscription, String resourceGroup, String nodeResourceGroup,
            Map<LocalDate, double[]> allocatedByDay) {
    }

    /** A workspace and the GB it ingested each day. */
    record Workspace(String resourceId, Map<LocalDate, Double> gigabytesByDay) {
    }

    /**
     * A monitor workspace or monitoring resource: its rows of every day, each of the
     * amount there.
     */
    record Monitoring(String resourceId, String resourceType, List<String> dailyRows) {
    }

    private final Path root;

    private final LocalDate first;

    private final LocalDate end;

    SampleBillWriter(Path root, LocalDate first, LocalDate end) {
        this.root = root;
        this.first = first.isAfter(end.withDayOfMonth(1)) ? first : end.withDayOfMonth(1);
        this.end = end;
    }

    void write(List<Cluster> clusters, List<Workspace> workspaces, List<Monitoring> monitoring, Supplier<String> runIds)
            throws IOException {
        List<List<Row>> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
            List<Row> rows = new ArrayList<>();
            for (Cluster cluster : clusters) {
                rows.addAll(cluster(cluster, day));
            }
            for (Workspace workspace : workspaces) {
                rows.addAll(workspace(workspace, day));
            }
            for (Monitoring resource : monitoring) {
                String id = resource.resourceId().toLowerCase(Locale.ROOT);
                for (String amount : resource.dailyRows()) {
                    rows.add(new Row(day.toString(), id.split("/")[2], id.split("/")[4], id, resource.resourceType(),
                            amount, amount));
                }
            }
            String subscription = clusters.get(0).subscription();
            rows.add(new Row(day.toString(), subscription, "rg-orders-db",
                    "/subscriptions/" + subscription
                            + "/resourcegroups/rg-orders-db/providers/microsoft.sql/servers/sql-orders",
                    "Microsoft.Sql/servers", "11.52", "11.52"));
            days.add(rows);
        }
        Path folder = root.resolve(EXPORT_FOLDER);
        int middle = days.size() / 2;
        LocalDate middleDay = first.plusDays(middle - 1L);
        BillFixture.run(folder, runIds.get(), submittedAfter(middleDay), middleDay.toString(), "CsvGzip",
                List.of(flat(days.subList(0, middle))));
        BillFixture.run(folder, runIds.get(), submittedAfter(end), end.toString(), "Csv",
                List.of(flat(days.subList(0, middle)), flat(days.subList(middle, days.size()))));
    }

    private static List<Row> cluster(Cluster cluster, LocalDate day) {
        double[] allocated = cluster.allocatedByDay().getOrDefault(day, new double[3]);
        String subscription = cluster.subscription();
        String group = cluster.nodeResourceGroup();
        String nodes = "/subscriptions/" + subscription + "/resourcegroups/" + group.toLowerCase(Locale.ROOT)
                + "/providers/";
        double machines = allocated[0] * IDLE_CAPACITY;
        boolean reserved = cluster.index() % 2 == 0;
        String date = day.toString();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(date, subscription, group, nodes + "microsoft.compute/virtualmachinescalesets/aks-system-vmss",
                "Microsoft.Compute/virtualMachineScaleSets", reserved ? "0" : money(machines * 0.35),
                money(machines * 0.35 * (reserved ? RESERVATION_PRICE : 1))));
        rows.add(new Row(date, subscription, group, nodes + "microsoft.compute/virtualmachinescalesets/aks-user-vmss",
                "Microsoft.Compute/virtualMachineScaleSets", money(machines * 0.65), money(machines * 0.65)));
        rows.add(new Row(date, subscription, group, nodes + "microsoft.compute/disks/aks-system-vmss_osdisk_1",
                "Microsoft.Compute/disks", "1.2", "1.2"));
        rows.add(new Row(date, subscription, group, nodes + "microsoft.compute/disks/pvc-data-1",
                "Microsoft.Compute/disks", money(allocated[1] * 1.15), money(allocated[1] * 1.15)));
        rows.add(new Row(date, subscription, group, nodes + "microsoft.network/loadbalancers/kubernetes",
                "Microsoft.Network/loadBalancers", money(0.6 + allocated[2] * 0.9), money(0.6 + allocated[2] * 0.9)));
        rows.add(new Row(date, subscription, group, nodes + "microsoft.network/publicipaddresses/kubernetes-a1b2",
                "Microsoft.Network/publicIPAddresses", "0.12", "0.12"));
        if (cluster.index() < 2) {
            rows.add(new Row(date, subscription, cluster.resourceGroup(),
                    ("/subscriptions/" + subscription + "/resourcegroups/" + cluster.resourceGroup()
                            + "/providers/microsoft.containerservice/" + "managedclusters/" + cluster.name())
                        .toLowerCase(Locale.ROOT),
                    "Microsoft.ContainerService/managedClusters", "2.4", "2.4"));
        }
        return rows;
    }

    private static List<Row> workspace(Workspace workspace, LocalDate day) {
        String id = workspace.resourceId().toLowerCase(Locale.ROOT);
        String subscription = id.split("/")[2];
        String group = id.split("/")[4];
        double ingestion = workspace.gigabytesByDay().getOrDefault(day, 0.0) * PRICE_PER_GB * COMMITMENT_TIER_PRICE;
        return List.of(
                new Row(day.toString(), subscription, group, id, "Microsoft.OperationalInsights/workspaces",
                        money(ingestion), money(ingestion)),
                new Row(day.toString(), subscription, group, id, "Microsoft.OperationalInsights/workspaces", "0.05",
                        "0.05"));
    }

    /** As the export writes amounts: up to 10 decimals. */
    private static String money(double amount) {
        return BigDecimal.valueOf(amount).setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** A daily export runs in the early morning after the last day it covers. */
    private static Instant submittedAfter(LocalDate day) {
        return day.plusDays(1).atTime(6, 12).toInstant(ZoneOffset.UTC);
    }

    private static List<Row> flat(List<List<Row>> days) {
        return days.stream().flatMap(List::stream).toList();
    }

}
