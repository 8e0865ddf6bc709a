package io.kubeledger.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kubeledger.config.KubeledgerProperties.Cluster;

/**
 * The checks of a bound configuration, each problem naming its key, for
 * {@link KubeledgerProperties#problems}: the run's settings here, the teams
 * ({@link TeamChecks}), the clusters and prices ({@link ClusterChecks}), the output
 * folder ({@link OutputDirChecks}), and each nested record's own {@code problems()}.
 */
final class ConfigurationChecks {

    private static final int MAX_NAME_LENGTH = 253;

    private static final String NOT_A_NAME = "at most " + MAX_NAME_LENGTH + " characters without control characters";

    private ConfigurationChecks() {
    }

    /** Every problem of {@code p}; none when it is right. */
    static List<String> problems(KubeledgerProperties p) {
        List<String> problems = new ArrayList<>();
        validateRun(p.source(), p.localRoot(), p.outputDir(), p.currency(), p.teamLabel(), p.maxSkipRatio(),
                p.threads(), p.sharedNamespaces(), problems);
        validatePublishing(p.lakeUrl(), p.reportsUrl(), problems);
        if (KubeledgerProperties.AZURE.equals(p.source()) || p.lakeUrl() != null || p.reportsUrl() != null) {
            problems.addAll(p.azure().problems());
        }
        problems.addAll(p.rightsizing().problems());
        problems.addAll(p.compliance().problems());
        problems.addAll(p.mail().problems());
        problems.addAll(p.billing().problems());
        problems.addAll(p.reports().problems());
        TeamChecks.validateTeams(p.teams(), problems);
        if (p.budget().total() != null && p.budget().total().signum() <= 0) {
            problems.add("kubeledger.budget.total: must be above 0, was " + p.budget().total().toPlainString());
        }
        ClusterChecks.validateClusters(p.clusters(), problems);
        MonitorWorkspaceChecks.validate(p.monitorWorkspaces(), p.clusters(), problems);
        MonitorWorkspaceChecks.validateResources(p.monitoringResources(), p.clusters(), p.monitorWorkspaces(),
                problems);
        if (p.clusters().stream().anyMatch(Cluster::hasWorkspace)) {
            ClusterChecks.validatePrices(p.prices(), problems);
        }
        problems.addAll(p.shard().problems());
        if (p.phase() == Phase.ALL && p.shard().count() > 1) {
            problems.add("kubeledger.phase: 'all' reports the whole fleet, so a shard (shard.count " + p.shard().count()
                    + ") runs 'compute', and one run of 'reports' follows the shards");
        }
        return problems;
    }

    private static void validateRun(String source, Path localRoot, Path outputDir, String currency, String teamLabel,
            BigDecimal maxSkipRatio, int threads, List<String> sharedNamespaces, List<String> problems) {
        if (!KubeledgerProperties.LOCAL.equals(source) && !KubeledgerProperties.AZURE.equals(source)) {
            problems.add("kubeledger.source: must be 'local' or 'azure', was '" + source + "'");
        }
        else if (KubeledgerProperties.LOCAL.equals(source) && localRoot == null) {
            problems.add("kubeledger.local-root: missing; the folder of the local snapshot");
        }
        else if (KubeledgerProperties.LOCAL.equals(source) && !Files.isDirectory(localRoot)) {
            problems.add("kubeledger.local-root: no such folder: " + localRoot.toAbsolutePath());
        }
        if (outputDir == null) {
            problems.add("kubeledger.output-dir: missing");
        }
        else {
            OutputDirChecks.unusableOutputDir(outputDir)
                .ifPresent(problem -> problems.add("kubeledger.output-dir: " + problem));
        }
        try {
            Currency.getInstance(currency);
        }
        catch (RuntimeException e) {
            problems.add("kubeledger.currency: not an ISO 4217 currency code: '" + currency + "'");
        }
        if (isBlank(teamLabel)) {
            problems.add("kubeledger.team-label: missing");
        }
        if (threads < 1) {
            problems.add("kubeledger.threads: must be at least 1, was " + threads);
        }
        if (maxSkipRatio == null || maxSkipRatio.signum() < 0 || maxSkipRatio.compareTo(BigDecimal.ONE) > 0) {
            problems.add("kubeledger.max-skip-ratio: must be between 0 and 1, was " + maxSkipRatio);
        }
        for (int i = 0; i < sharedNamespaces.size(); i++) {
            if (isBlank(sharedNamespaces.get(i))) {
                problems.add("kubeledger.shared-namespaces[" + i + "]: empty");
            }
        }
    }

    private static void validatePublishing(String lakeUrl, String reportsUrl, List<String> problems) {
        for (String[] url : new String[][] { { "lake-url", lakeUrl }, { "reports-url", reportsUrl } }) {
            if (url[1] != null) {
                try {
                    BlobFolder.parse(url[1]);
                }
                catch (IllegalArgumentException e) {
                    problems.add("kubeledger." + url[0] + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * What is wrong with a configured name ({@code key}: its key), if anything: missing,
     * or not a name every output can hold.
     */
    static Optional<String> nameProblem(String key, String name) {
        if (isBlank(name)) {
            return Optional.of(key + ": missing");
        }
        return isName(name) ? Optional.empty() : Optional.of(key + ": " + NOT_A_NAME);
    }

    /**
     * Adds what is wrong with the name of one of a list's items ({@code key}: its key):
     * {@link #nameProblem}, or that an earlier item has it ({@code names}: theirs).
     */
    static void checkUniqueName(String key, String name, Set<String> names, List<String> problems) {
        Optional<String> nameProblem = nameProblem(key, name);
        nameProblem.ifPresent(problems::add);
        if (nameProblem.isEmpty() && !names.add(name)) {
            problems.add(key + ": '" + name + "' is configured twice");
        }
    }

    /**
     * A name every output can hold: the width of the job's name columns, no control
     * character.
     */
    private static boolean isName(String value) {
        return value.length() <= MAX_NAME_LENGTH && value.chars().noneMatch(Character::isISOControl);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
