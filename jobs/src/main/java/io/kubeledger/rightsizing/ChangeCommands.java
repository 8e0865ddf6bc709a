package io.kubeledger.rightsizing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a developer runs, or edits, to apply a recommendation: a {@code kubectl} command where kubectl can change the
 * controller, the manifest change otherwise (a Job's pods come from a CronJob or a pipeline that kubectl cannot
 * reach), and the {@code az} command that switches a table's plan.
 */
public final class ChangeCommands {

    /** Controllers whose pod template {@code kubectl set resources} changes in place. */
    private static final Set<String> SETTABLE = Set.of("deployment", "statefulset", "daemonset", "replicaset");
    private static final Set<String> SCALABLE = Set.of("deployment", "statefulset", "replicaset");
    private static final Pattern RESOURCE_GROUP = Pattern.compile("(?i)/resourceGroups/([^/]+)/");

    private ChangeCommands() {
    }

    /** The change for a container, or an empty string when it should keep its requests. */
    public static String forContainer(ContainerRecommendation r) {
        ContainerKey key = r.key();
        String kind = key.controllerKind().toLowerCase(Locale.ROOT);
        String requests = "cpu=" + Quantities.cpu(r.cpuRecommendedCores()) + ",memory="
                + Quantities.memory(r.ramRecommendedBytes());
        return switch (r.action()) {
            case KEEP -> "";
            case ABANDONED -> SCALABLE.contains(kind)
                    ? "confirm with the owner, then: kubectl -n " + key.namespace() + " scale " + kind + "/"
                            + key.controller() + " --replicas=0"
                    : "confirm with the owner, then remove " + describe(kind, key.controller()) + " from its manifests";
            case UPSIZE, DOWNSIZE -> SETTABLE.contains(kind)
                    ? "kubectl -n " + key.namespace() + " set resources " + kind + "/" + key.controller() + " -c "
                            + key.container() + " --requests=" + requests
                    : "in the manifest of " + describe(kind, key.controller()) + ", container " + key.container()
                            + ": resources.requests " + requests.replace("=", ": ").replace(",", ", ");
        };
    }

    /** The {@code az} command that gives a table its recommended plan, or an empty string when it keeps its plan. */
    public static String forTable(TablePlanRecommendation r) {
        TableUsage usage = r.usage();
        if (r.recommendedPlan().equalsIgnoreCase(usage.plan())) {
            return "";
        }
        Matcher group = RESOURCE_GROUP.matcher(usage.workspaceResourceId());
        return "az monitor log-analytics workspace table update --resource-group "
                + (group.find() ? group.group(1) : "<resource group>") + " --workspace-name " + usage.workspace()
                + " --name " + usage.table() + " --plan " + r.recommendedPlan();
    }

    private static String describe(String kind, String controller) {
        return kind.isEmpty() ? "the bare pod " + controller : kind + " " + controller;
    }
}
