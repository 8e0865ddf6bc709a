package io.kubeledger.report;

import java.util.List;

import io.kubeledger.config.SharedCostSplit;

/**
 * How the chargeback divides costs, in words a finance reader understands; printed in the
 * workbook and the PDF.
 */
final class SplitExplanation {

    private SplitExplanation() {
    }

    static List<String> paragraphs(SharedCostSplit split, SharedCostSplit idleSplit, List<String> sharedNamespaces) {
        String shared = sharedNamespaces.isEmpty() ? "shared namespaces" : String.join(", ", sharedNamespaces);
        String division = switch (split) {
            case WEIGHTED -> "is divided among the teams that run workloads in that cluster that day, in proportion "
                    + "to their workload cost (a team with twice the workload pays twice the share)";
            case EVEN -> "is divided in equal parts among the teams that run workloads in that cluster that day";
            case NONE -> "is not divided: it is shown under 'shared'";
        };
        String idleDivision = switch (idleSplit) {
            case WEIGHTED -> "divided among the teams that run workloads in that cluster that day, in proportion to "
                    + "their workload cost";
            case EVEN -> "divided in equal parts among the teams that run workloads in that cluster that day";
            case NONE -> "not divided: it is shown under 'idle'";
        };
        return List.of(
                "Workload: what OpenCost charges for each container (CPU, memory, storage, network), charged to the "
                        + "team of its team label, else of its namespace.",
                "Container logs: the Log Analytics ingestion of each namespace's container logs, at the price of the "
                        + "log table's plan, charged to the team that runs most of that namespace's workload that day.",
                "Monitoring: the rest of each Log Analytics workspace's ingestion (metrics, inventory, events, audit "
                        + "logs) is divided among the clusters that send to it, in proportion to their workload cost.",
                "Shared: the cost of the shared namespaces (" + shared + ") and each cluster's monitoring " + division
                        + ". Costs no team can be found for are shown under 'unallocated'"
                        + (split == SharedCostSplit.NONE ? "." : ", which takes its share like a team."),
                "Idle: where the Azure bill covers a day, each cluster's bill (its node resource group's machines, "
                        + "disks and network, and the cluster's own fee) beyond what OpenCost allocated to containers, "
                        + "per kind of resource, is " + idleDivision + ". It is negative where the bill is below "
                        + "OpenCost's list prices (reservations, savings plans). Log Analytics costs are scaled to "
                        + "what the bill charged each workspace that day. So each billed cluster-day adds up to its "
                        + "bill; days the bill does not cover yet are estimates, until a later run reconciles them.",
                "Amounts are exact to 12 decimal places; each day's rounding remainder goes to the lines with the "
                        + "largest remainders, so every day adds up to its inputs and each billed cluster and "
                        + "workspace to its bill.");
    }

}
