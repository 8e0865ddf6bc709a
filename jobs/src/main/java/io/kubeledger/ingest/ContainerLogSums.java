package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.run.DayRange;

/**
 * The run's priced container-log ingestion, summed as the workspaces' answers come in:
 * per day, workspace, cluster (as the workspace names it) and namespace for the
 * chargeback, and per day, workspace and plan for the run's record. Job-scoped, like
 * every hand-off of a run's data between its steps; it holds sums, not rows.
 */
public class ContainerLogSums {

    /**
     * The chargeback's order of a day's costs (its ties, and so its rounding, fall the
     * same every run): by workspace, cluster and namespace. Written out: a chain of key
     * extractors is not inlined by C1.
     */
    private static final Comparator<ContainerLogCost> ORDER = ContainerLogSums::inChargebackOrder;

    /**
     * A workspace's ContainerLogV2 ingestion at one plan: its billable bytes and their
     * cost.
     */
    public record PlanIngestion(String workspaceResourceId, String plan, long billableBytes, BigDecimal cost) {

        PlanIngestion plus(PlanIngestion more) {
            return new PlanIngestion(workspaceResourceId, plan, billableBytes + more.billableBytes,
                    cost.add(more.cost));
        }
    }

    private record Namespace(String workspaceId, String workspaceResourceId, String clusterResourceId,
            String namespace) {
    }

    private record Plan(String workspaceResourceId, String plan) {
    }

    private final Map<LocalDate, Map<Namespace, ContainerLogCost>> byNamespace = new ConcurrentHashMap<>();

    private final Map<LocalDate, Map<Plan, PlanIngestion>> byPlan = new ConcurrentHashMap<>();

    /**
     * Adds a workspace's priced rows; the workspaces' threads add theirs concurrently.
     */
    void add(Workspace workspace, List<Priced<ContainerLogIngestion>> rows) {
        for (Priced<ContainerLogIngestion> priced : rows) {
            ContainerLogIngestion row = priced.row();
            byNamespace.computeIfAbsent(row.day(), day -> new ConcurrentHashMap<>())
                .merge(new Namespace(workspace.id(), workspace.resourceId(), row.clusterResourceId(), row.namespace()),
                        new ContainerLogCost(workspace.id(), workspace.resourceId(), row.clusterResourceId(),
                                row.namespace(), priced.cost(), 1),
                        ContainerLogCost::plus);
            byPlan.computeIfAbsent(row.day(), day -> new ConcurrentHashMap<>())
                .merge(new Plan(workspace.resourceId(), priced.plan()),
                        new PlanIngestion(workspace.resourceId(), priced.plan(), row.billableBytes(), priced.cost()),
                        PlanIngestion::plus);
        }
    }

    /** A day's costs per workspace, cluster and namespace, in the chargeback's order. */
    public List<ContainerLogCost> day(LocalDate day) {
        List<ContainerLogCost> costs = new ArrayList<>(byNamespace.getOrDefault(day, Map.of()).values());
        costs.sort(ORDER);
        return costs;
    }

    private static int inChargebackOrder(ContainerLogCost a, ContainerLogCost b) {
        int order = a.workspaceId().compareTo(b.workspaceId());
        if (order == 0) {
            order = a.clusterResourceId().compareTo(b.clusterResourceId());
        }
        if (order == 0) {
            order = a.namespace().compareTo(b.namespace());
        }
        return order != 0 ? order : a.workspaceResourceId().compareTo(b.workspaceResourceId());
    }

    /** Each workspace's ingestion per plan over the days, by workspace and plan. */
    public List<PlanIngestion> over(DayRange days) {
        Map<Plan, PlanIngestion> sums = new TreeMap<>(
                Comparator.comparing(Plan::workspaceResourceId).thenComparing(Plan::plan));
        byPlan.forEach((day, plans) -> {
            if (days.contains(day)) {
                plans.forEach((plan, ingestion) -> sums.merge(plan, ingestion, PlanIngestion::plus));
            }
        });
        return List.copyOf(sums.values());
    }

}
