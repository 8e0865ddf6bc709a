package io.kubeledger.report;

import java.util.List;

import io.kubeledger.chargeback.SharedCostSplit;

/** How the chargeback divides costs, in words a finance reader understands; printed in the workbook and the PDF. */
final class SplitExplanation {

    private SplitExplanation() {
    }

    static List<String> paragraphs(SharedCostSplit split, List<String> sharedNamespaces) {
        String shared = sharedNamespaces.isEmpty() ? "shared namespaces" : String.join(", ", sharedNamespaces);
        String division = switch (split) {
            case WEIGHTED -> "is divided among the teams that run workloads in that cluster that day, in proportion "
                    + "to their workload cost (a team with twice the workload pays twice the share)";
            case EVEN -> "is divided in equal parts among the teams that run workloads in that cluster that day";
            case NONE -> "is not divided: it is shown under 'shared'";
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
                "Amounts are exact to 12 decimal places; each day's rounding remainder goes to the lines with the "
                        + "largest remainders, so every day adds up to the exports plus the ingestion.");
    }
}
