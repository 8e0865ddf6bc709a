package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.kubeledger.KubeledgerProperties.Workspace;
import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.MonthBill;

/**
 * A day's log costs, priced from the configured price list, scaled to what the bill charged each workspace that day
 * (ingestion, retention, queries: all its rows), in proportion to the price-list figures and exactly: the parts add up
 * to the bill. A workspace billed with no priced row that day gets its bill as monitoring. Workspaces the bill does not
 * cover keep their estimates.
 */
final class WorkspaceBills {

    /** The day's log costs, those of billed workspaces scaled; the workspaces' ids (lower case) that were billed. */
    record Scaled(List<ContainerLogCost> containerLogs, List<WorkspaceCost> monitoring, Set<String> billed) {

        boolean billed(String workspaceId) {
            return billed.contains(lower(workspaceId));
        }
    }

    private final List<Workspace> workspaces;
    private final MonthBill bill;

    WorkspaceBills(List<Workspace> workspaces, MonthBill bill) {
        this.workspaces = workspaces;
        this.bill = bill;
    }

    Scaled scale(LocalDate day, List<ContainerLogCost> containerLogs, List<WorkspaceCost> monitoring) {
        List<ContainerLogCost> logs = new ArrayList<>(containerLogs);
        List<WorkspaceCost> rest = new ArrayList<>(monitoring);
        Set<String> billed = new HashSet<>();
        for (Workspace workspace : workspaces) {
            Optional<BigDecimal> cost = bill.workspace(workspace.resourceId(), day);
            if (cost.isPresent()) {
                billed.add(lower(workspace.id()));
                scale(lower(workspace.id()), workspace, cost.get(), logs, rest);
            }
        }
        return new Scaled(logs, rest, billed);
    }

    private static void scale(String id, Workspace workspace, BigDecimal billed, List<ContainerLogCost> logs,
            List<WorkspaceCost> monitoring) {
        List<Integer> logIndexes = new ArrayList<>();
        List<Integer> monitoringIndexes = new ArrayList<>();
        List<BigDecimal> estimates = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            if (lower(logs.get(i).workspaceId()).equals(id)) {
                logIndexes.add(i);
                estimates.add(logs.get(i).cost());
            }
        }
        for (int i = 0; i < monitoring.size(); i++) {
            if (lower(monitoring.get(i).workspaceId()).equals(id)) {
                monitoringIndexes.add(i);
                estimates.add(monitoring.get(i).cost());
            }
        }
        if (estimates.isEmpty()) {
            monitoringIndexes.add(monitoring.size());
            monitoring.add(new WorkspaceCost(workspace.id(), workspace.resourceId(), BigDecimal.ZERO, 0));
            estimates.add(BigDecimal.ZERO);
        }
        List<BigDecimal> parts = ProportionalSplit.split(billed, estimates);
        int part = 0;
        for (int i : logIndexes) {
            logs.set(i, logs.get(i).withCost(parts.get(part++)));
        }
        for (int i : monitoringIndexes) {
            monitoring.set(i, monitoring.get(i).withCost(parts.get(part++)));
        }
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
