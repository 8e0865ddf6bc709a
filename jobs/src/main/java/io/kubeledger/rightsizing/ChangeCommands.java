package io.kubeledger.rightsizing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * What a developer runs, or edits, to apply a recommendation: a {@code kubectl} command
 * where kubectl can change the controller, the manifest change otherwise (a Job's pods
 * come from a CronJob or a pipeline that kubectl cannot reach), and the {@code az}
 * command that switches a table's plan.
 */
public final class ChangeCommands {

    /** Controllers whose pod template {@code kubectl set resources} changes in place. */
    private static final Set<String> SETTABLE = Set.of("deployment", "statefulset", "daemonset", "replicaset");

    private static final Set<String> SCALABLE = Set.of("deployment", "statefulset", "replicaset");

    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9._/:@=+-]+");

    private static final Pattern RESOURCE_GROUP = Pattern.compile("(?i)/resourceGroups/([^/]+)/");

    private ChangeCommands() {
    }

    /**
     * The change for a container, or an empty string when it should keep its requests.
     */
    public static String forContainer(ContainerRecommendation r) {
        String command = command(r);
        String advice = advice(r);
        return command.isEmpty() ? advice : advice.isEmpty() ? command : advice + ": " + command;
    }

    /**
     * The command alone that applies a container's change, or an empty string where no
     * command applies it: it keeps its requests, or its controller is not one kubectl
     * changes (a Job's, or a bare pod, which has none).
     */
    public static String command(ContainerRecommendation r) {
        ContainerKey key = r.key();
        String kind = key.controllerKind().toLowerCase(Locale.ROOT);
        return switch (r.action()) {
            case KEEP -> "";
            case ABANDONED -> SCALABLE.contains(kind)
                    ? kubectl(key) + " scale " + word(kind + "/" + key.controller()) + " --replicas=0" : "";
            case UPSIZE, DOWNSIZE, RESIZE ->
                SETTABLE.contains(kind) ? kubectl(key) + " set resources " + word(kind + "/" + key.controller())
                        + " -c " + word(key.container()) + " --requests=" + requests(r) : "";
        };
    }

    /**
     * {@code kubectl --context <cluster> -n <namespace>}: the same deployment recurs
     * across clusters with other advice, so a command names its cluster's context (the
     * cluster's name, as {@code az aks get-credentials} names it).
     */
    private static String kubectl(ContainerKey key) {
        return "kubectl --context " + word(key.cluster()) + " -n " + word(key.namespace());
    }

    /**
     * A name as one shell word: as it is when it holds only what Kubernetes and Azure
     * names hold, else single-quoted, so that a hostile name in an export is pasted as a
     * name, never run.
     */
    static String word(String name) {
        return SAFE_WORD.matcher(name).matches() ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    /**
     * What to do beside or instead of the command, or an empty string when the command
     * says it all.
     */
    public static String advice(ContainerRecommendation r) {
        ContainerKey key = r.key();
        String kind = key.controllerKind().toLowerCase(Locale.ROOT);
        return switch (r.action()) {
            case KEEP -> "";
            case ABANDONED -> kind.isEmpty()
                    ? "confirm with the owner, then stop what creates the bare pods of container " + key.container()
                    : SCALABLE.contains(kind) ? "confirm with the owner, then" : "confirm with the owner, then remove "
                            + kind + " " + key.controller() + " from its manifests";
            case UPSIZE, DOWNSIZE, RESIZE -> SETTABLE.contains(kind) ? ""
                    : (kind.isEmpty() ? "a bare pod has no controller to change: where its pods are created, container "
                            : "in the manifest of " + kind + " " + key.controller() + ", container ") + key.container()
                            + ": resources.requests " + requests(r).replace("=", ": ").replace(",", ", ");
        };
    }

    private static String requests(ContainerRecommendation r) {
        return "cpu=" + Quantities.cpu(r.cpuRecommendedCores()) + ",memory="
                + Quantities.memory(r.ramRecommendedBytes());
    }

    /**
     * The {@code az} command that gives a table its recommended plan, or an empty string
     * when it keeps its plan or is not to be collected (a cluster's setting, which its
     * reason says how to change).
     */
    public static String forTable(TablePlanRecommendation r) {
        TableUsage usage = r.usage();
        if (r.recommendedPlan().equalsIgnoreCase(usage.plan())
                || r.recommendedPlan().equals(CollectionPresetAdvisor.NOT_COLLECTED)
                || r.recommendedPlan().equals(CollectionPresetAdvisor.EVERY_FIVE_MINUTES)) {
            return "";
        }
        Matcher group = RESOURCE_GROUP.matcher(usage.workspaceResourceId());
        return "az monitor log-analytics workspace table update --resource-group "
                + (group.find() ? word(group.group(1)) : "<resource group>") + " --workspace-name "
                + word(usage.workspace()) + " --name " + word(usage.table()) + " --plan " + r.recommendedPlan();
    }

}
