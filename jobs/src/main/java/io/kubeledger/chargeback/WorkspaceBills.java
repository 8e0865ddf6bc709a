package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.WorkspaceCost;

/**
 * A day's log costs, priced from the configured price list, scaled to what the bill
 * charged each workspace that day (ingestion, retention, queries: all its rows), in
 * proportion to the price-list figures and exactly: the parts add up to the bill. A
 * workspace billed with no priced row that day gets its bill as monitoring. Workspaces
 * the bill does not cover keep their estimates.
 */
final class WorkspaceBills {

    /**
     * The day's log costs, those of billed workspaces scaled; the workspaces' ids (lower
     * case) that were billed.
     */
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
        Map<String, Costs> byWorkspace = new HashMap<>();
        for (int i = 0; i < logs.size(); i++) {
            byWorkspace.computeIfAbsent(lower(logs.get(i).workspaceId()), id -> new Costs()).logs.add(i);
        }
        for (int i = 0; i < rest.size(); i++) {
            byWorkspace.computeIfAbsent(lower(rest.get(i).workspaceId()), id -> new Costs()).monitoring.add(i);
        }
        Set<String> billed = new HashSet<>();
        for (Workspace workspace : workspaces) {
            Optional<BigDecimal> cost = bill.workspace(workspace.resourceId(), day);
            if (cost.isPresent()) {
                String id = lower(workspace.id());
                billed.add(id);
                scale(workspace, cost.get(), byWorkspace.getOrDefault(id, new Costs()), logs, rest);
            }
        }
        return new Scaled(logs, rest, billed);
    }

    /** Where a workspace's costs of the day are in the day's lists. */
    private static final class Costs {

        private final List<Integer> logs = new ArrayList<>();

        private final List<Integer> monitoring = new ArrayList<>();

    }

    private static void scale(Workspace workspace, BigDecimal billed, Costs costs, List<ContainerLogCost> logs,
            List<WorkspaceCost> monitoring) {
        List<Integer> monitoringIndexes = new ArrayList<>(costs.monitoring);
        List<BigDecimal> estimates = new ArrayList<>();
        costs.logs.forEach(i -> estimates.add(logs.get(i).cost()));
        monitoringIndexes.forEach(i -> estimates.add(monitoring.get(i).cost()));
        if (estimates.isEmpty()) {
            monitoringIndexes.add(monitoring.size());
            monitoring.add(new WorkspaceCost(workspace.id(), workspace.resourceId(), BigDecimal.ZERO, 0));
            estimates.add(BigDecimal.ZERO);
        }
        List<BigDecimal> parts = ProportionalSplit.split(billed, estimates);
        int part = 0;
        for (int i : costs.logs) {
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
