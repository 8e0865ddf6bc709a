package io.kubeledger.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes one Log Analytics workspace's side of a local snapshot, in the real wire
 * formats: its ARM tables list ({@code arm/<resource id>/tables.json}) and the answers of
 * the three named queries ({@code logs/<workspace id>/<query>.json}), for every day of
 * the exports. Container-log rows name their cluster in lower case, as Log Analytics
 * does; a workspace may also hold logs of a cluster that is not configured.
 */
final class SampleWorkspaceWriter {

    /**
     * Billable GB a cluster sends a day to each monitoring table, roughly as Container
     * insights and AKS do.
     */
    private static final Map<String, Double> MONITORING_GB_PER_CLUSTER = new LinkedHashMap<>();
    static {
        MONITORING_GB_PER_CLUSTER.put("Perf", 1.2);
        MONITORING_GB_PER_CLUSTER.put("InsightsMetrics", 0.9);
        MONITORING_GB_PER_CLUSTER.put("KubePodInventory", 0.4);
        MONITORING_GB_PER_CLUSTER.put("KubeNodeInventory", 0.05);
        MONITORING_GB_PER_CLUSTER.put("KubeEvents", 0.1);
        MONITORING_GB_PER_CLUSTER.put("ContainerInventory", 0.15);
        MONITORING_GB_PER_CLUSTER.put("Heartbeat", 0.01);
        MONITORING_GB_PER_CLUSTER.put("AKSAudit", 0.6);
        MONITORING_GB_PER_CLUSTER.put("AKSAuditAdmin", 0.08);
        MONITORING_GB_PER_CLUSTER.put("AKSControlPlane", 0.02);
    }
    /**
     * Tables the ARM list names; the others are left out, as tables on the default plan
     * often are.
     */
    private static final List<String> LISTED_TABLES = List.of("ContainerLogV2", "Perf", "InsightsMetrics",
            "KubePodInventory", "KubeEvents", "AKSAudit", "AKSAuditAdmin", "AKSControlPlane");

    private static final Map<String, Integer> QUERIES_PER_DAY = Map.of("ContainerLogV2", 80, "Perf", 40,
            "InsightsMetrics", 20, "KubePodInventory", 12, "KubeEvents", 3, "Heartbeat", 2);

    /** A cluster whose logs the workspace receives, with the namespaces it runs. */
    record Sender(String resourceId, List<String> namespaces) {
    }

    private final Random random;

    private final LocalDate first;

    private final int days;

    SampleWorkspaceWriter(Random random, LocalDate first, int days) {
        this.random = random;
        this.first = first;
        this.days = days;
    }

    /**
     * Writes the workspace's answers and tables list; returns the GB it ingested each
     * day, for the bill.
     */
    Map<LocalDate, Double> write(Path root, int index, String workspaceId, String workspaceResourceId,
            List<Sender> senders) throws IOException {
        Map<LocalDate, Double> gigabytesByDay = new LinkedHashMap<>();
        Map<String, String> plans = plans(index);
        Path arm = root.resolve("arm").resolve(workspaceResourceId.substring(1).toLowerCase(Locale.ROOT));
        Files.createDirectories(arm);
        Files.writeString(arm.resolve("tables.json"), tablesList(workspaceResourceId, plans), StandardCharsets.UTF_8);

        Map<String, Double> bytesPerDay = new LinkedHashMap<>();
        for (Sender sender : senders) {
            for (String namespace : sender.namespaces()) {
                bytesPerDay.put(sender.resourceId() + "|" + namespace, typicalBytes(namespace));
            }
        }
        List<String> usage = new ArrayList<>();
        List<String> containerLogs = new ArrayList<>();
        List<String> tableQueries = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            String day = first.plusDays(d) + "T00:00:00Z";
            long containerLogBytes = 0;
            for (Map.Entry<String, Double> namespace : bytesPerDay.entrySet()) {
                String[] parts = namespace.getKey().split("\\|", 2);
                long bytes = Math.round(namespace.getValue() * (0.7 + random.nextDouble() * 0.6));
                containerLogBytes += bytes;
                containerLogs.add(row(day, parts[0].toLowerCase(Locale.ROOT), parts[1], bytes));
            }
            usage.add(row(day, "ContainerLogV2", gb(containerLogBytes / 1e9)));
            double gigabytes = containerLogBytes / 1e9;
            for (Map.Entry<String, Double> table : MONITORING_GB_PER_CLUSTER.entrySet()) {
                double tableGb = table.getValue() * senders.size() * (0.8 + random.nextDouble() * 0.4);
                usage.add(row(day, table.getKey(), gb(tableGb)));
                gigabytes += tableGb;
            }
            gigabytesByDay.put(first.plusDays(d), gigabytes);
            for (Map.Entry<String, Integer> table : new TreeMap<>(QUERIES_PER_DAY).entrySet()) {
                long queries = random.nextInt(table.getValue() + 1);
                double tableGb = table.getKey().equals("ContainerLogV2") ? containerLogBytes / 1e9
                        : MONITORING_GB_PER_CLUSTER.getOrDefault(table.getKey(), 0.0) * senders.size();
                tableQueries.add(row(day, table.getKey(), queries, gb(queries * scanDays(index) * tableGb)));
            }
        }
        Path logs = root.resolve("logs").resolve(workspaceId);
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("usage.json"),
                response("{\"name\":\"Day\",\"type\":\"datetime\"},{\"name\":\"DataType\",\"type\":\"string\"},"
                        + "{\"name\":\"BillableGB\",\"type\":\"real\"}", usage),
                StandardCharsets.UTF_8);
        Files.writeString(logs.resolve("container-logs.json"), response(
                "{\"name\":\"Day\",\"type\":\"datetime\"},{\"name\":\"ClusterResourceId\",\"type\":\"string\"},"
                        + "{\"name\":\"Namespace\",\"type\":\"string\"},{\"name\":\"BillableBytes\",\"type\":\"long\"}",
                containerLogs), StandardCharsets.UTF_8);
        Files.writeString(logs.resolve("table-queries.json"),
                response(
                        "{\"name\":\"Day\",\"type\":\"datetime\"},{\"name\":\"TableName\",\"type\":\"string\"},"
                                + "{\"name\":\"Queries\",\"type\":\"long\"},{\"name\":\"ScannedGB\",\"type\":\"real\"}",
                        tableQueries),
                StandardCharsets.UTF_8);
        return gigabytesByDay;
    }

    /**
     * How many days of a table a query scans: a day mostly, but in every third workspace
     * dashboards scan two weeks at a time, so that Basic container logs there cost more
     * in queries than they save.
     */
    private static int scanDays(int index) {
        return index % 3 == 2 ? 14 : 1;
    }

    /**
     * Workspaces differ: Analytics everywhere; container logs on Basic; container logs
     * and admin audit on Basic.
     */
    private static Map<String, String> plans(int index) {
        Map<String, String> plans = new LinkedHashMap<>();
        LISTED_TABLES.forEach(table -> plans.put(table, "Analytics"));
        if (index % 3 >= 1) {
            plans.put("ContainerLogV2", "Basic");
        }
        if (index % 3 == 2) {
            plans.put("AKSAuditAdmin", "Basic");
        }
        return plans;
    }

    private double typicalBytes(String namespace) {
        double gb = switch (namespace) {
            case "ingress-nginx" -> 1.5;
            case "kube-system" -> 0.8;
            case "monitoring" -> 0.4;
            case "sandbox" -> 0.02;
            default -> 0.05 + random.nextDouble() * 0.5;
        };
        return gb * 1e9;
    }

    private static String tablesList(String workspaceResourceId, Map<String, String> plans) {
        List<String> tables = new ArrayList<>();
        plans.forEach((table, plan) -> tables.add("{\"name\":\"" + table + "\",\"id\":\"" + workspaceResourceId
                + "/tables/" + table + "\",\"type\":\"Microsoft.OperationalInsights/workspaces/tables\","
                + "\"properties\":{\"plan\":\"" + plan + "\",\"retentionInDays\":" + (plan.equals("Basic") ? 30 : -1)
                + ",\"totalRetentionInDays\":90,\"archiveRetentionInDays\":60,\"retentionInDaysAsDefault\":\"False\","
                + "\"totalRetentionInDaysAsDefault\":\"False\",\"provisioningState\":\"Succeeded\","
                + "\"schema\":{\"name\":\"" + table + "\",\"tableType\":\"Microsoft\"}}}"));
        return "{\"value\":[\n" + String.join(",\n", tables) + "\n]}\n";
    }

    private static String response(String columns, List<String> rows) {
        return "{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[" + columns + "],\"rows\":[\n"
                + String.join(",\n", rows) + "\n]}]}\n";
    }

    private static String row(Object... cells) {
        List<String> json = new ArrayList<>();
        for (Object cell : cells) {
            if (cell instanceof String text) {
                json.add("\"" + text + "\"");
            }
            else if (cell instanceof BigDecimal number) {
                json.add(number.toPlainString());
            }
            else {
                json.add(cell.toString());
            }
        }
        return "[" + String.join(",", json) + "]";
    }

    /** A real as Log Analytics writes it: the MB quantity over 1000, to the byte. */
    private static BigDecimal gb(double value) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

}
