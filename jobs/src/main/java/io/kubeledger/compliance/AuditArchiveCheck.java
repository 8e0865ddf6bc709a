package io.kubeledger.compliance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proves, or fails to prove, that a cluster's kube-audit logs are kept: the lifecycle
 * policy deletes nothing too soon, the archive reaches back far enough, no hour is
 * missing up to the last hour of {@code reportDate}, and the container is immutable.
 */
public final class AuditArchiveCheck implements ComplianceCheck {

    public static final String RETENTION_POLICY = "audit:retention-policy";

    public static final String COVERAGE = "audit:coverage";

    public static final String CONTINUITY = "audit:continuity";

    public static final String IMMUTABILITY = "audit:immutability";

    /** Missing ranges listed in a detail; more are counted. */
    private static final int LISTED_GAPS = 20;

    private final int retentionDays;

    private final boolean requireImmutability;

    private final LocalDate reportDate;

    public AuditArchiveCheck(int retentionDays, boolean requireImmutability, LocalDate reportDate) {
        this.retentionDays = retentionDays;
        this.requireImmutability = requireImmutability;
        this.reportDate = reportDate;
    }

    /**
     * A cluster whose kube-audit logs go to no storage account has nothing to prove them
     * kept.
     */
    public List<Finding> withoutArchive(String cluster) {
        String detail = "kube-audit is archived to no storage account";
        return List.of(new Finding(cluster, RETENTION_POLICY, Status.FAIL, Severity.HIGH, detail),
                new Finding(cluster, COVERAGE, Status.FAIL, Severity.HIGH, detail),
                new Finding(cluster, CONTINUITY, Status.FAIL, Severity.HIGH, detail), new Finding(cluster, IMMUTABILITY,
                        requireImmutability ? Status.FAIL : Status.WARN, immutabilitySeverity(), detail));
    }

    @Override
    public List<Finding> check(ClusterEvidence cluster) {
        return cluster.auditArchive()
            .map(archive -> check(cluster.name(), archive))
            .orElseGet(() -> withoutArchive(cluster.name()));
    }

    public List<Finding> check(String cluster, AuditArchive archive) {
        return List.of(retentionPolicy(cluster, archive), coverage(cluster, archive), continuity(cluster, archive),
                immutability(cluster, archive));
    }

    private Finding retentionPolicy(String cluster, AuditArchive archive) {
        if (archive.lifecycleRules() == null) {
            return new Finding(cluster, RETENTION_POLICY, Status.PASS, Severity.HIGH,
                    "storage account " + archive.storageAccount() + " has no lifecycle policy: nothing is deleted");
        }
        Optional<LifecycleRule> soonest = archive.lifecycleRules()
            .stream()
            .filter(rule -> rule.deletesUnder(archive.path()))
            .min(Comparator.comparingInt(LifecycleRule::deleteAfterDays));
        if (soonest.isEmpty()) {
            return new Finding(cluster, RETENTION_POLICY, Status.PASS, Severity.HIGH,
                    "no lifecycle rule of storage " + "account " + archive.storageAccount() + " deletes "
                            + archive.container() + "/ (" + archive.lifecycleRules().size() + " rules, none matching)");
        }
        LifecycleRule rule = soonest.get();
        boolean keptLongEnough = rule.deleteAfterDays() >= retentionDays;
        return new Finding(cluster, RETENTION_POLICY, keptLongEnough ? Status.PASS : Status.FAIL, Severity.HIGH,
                "lifecycle rule '" + rule.name() + "' of storage account " + archive.storageAccount()
                        + " deletes audit logs after " + rule.deleteAfterDays() + " days; " + retentionDays
                        + " required");
    }

    private Finding coverage(String cluster, AuditArchive archive) {
        if (archive.hours().isEmpty()) {
            return new Finding(cluster, COVERAGE, Status.FAIL, Severity.HIGH,
                    "no archived hour in " + archive.storageAccount() + "/" + archive.path());
        }
        if (startsAfterTheEnd(archive)) {
            return new Finding(cluster, COVERAGE, Status.FAIL, Severity.HIGH, nothingUpToTheEnd(archive));
        }
        LocalDateTime requiredFrom = end().minusDays(retentionDays);
        LocalDateTime oldest = archive.hours().oldest();
        long days = ChronoUnit.HOURS.between(oldest, end()) / 24;
        return new Finding(cluster, COVERAGE, oldest.isAfter(requiredFrom) ? Status.FAIL : Status.PASS, Severity.HIGH,
                "the oldest archived hour is " + ArchiveHours.utc(oldest) + ", " + days + " days before the end of "
                        + reportDate + "; " + retentionDays + " days required (from " + ArchiveHours.utc(requiredFrom)
                        + ")");
    }

    /**
     * Whether the archive begins after the report date's last hour: a rerun of a past
     * month finds an archive that started since, which proves nothing of that month.
     */
    private boolean startsAfterTheEnd(AuditArchive archive) {
        return !archive.hours().oldest().isBefore(end());
    }

    private String nothingUpToTheEnd(AuditArchive archive) {
        return "no archived hour up to the end of " + reportDate + ": the oldest is "
                + ArchiveHours.utc(archive.hours().oldest()) + ", after it";
    }

    private Finding continuity(String cluster, AuditArchive archive) {
        if (archive.hours().isEmpty()) {
            return new Finding(cluster, CONTINUITY, Status.FAIL, Severity.HIGH, "no archived hour");
        }
        if (startsAfterTheEnd(archive)) {
            return new Finding(cluster, CONTINUITY, Status.FAIL, Severity.HIGH, nothingUpToTheEnd(archive));
        }
        List<String> gaps = new ArrayList<>();
        long missing = 0;
        LocalDateTime gapStart = null;
        LocalDateTime last = end().minusHours(1);
        for (LocalDateTime hour = archive.hours().oldest(); !hour.isAfter(last); hour = hour.plusHours(1)) {
            if (!archive.hours().contains(hour)) {
                missing++;
                gapStart = gapStart == null ? hour : gapStart;
            }
            else if (gapStart != null) {
                gaps.add(range(gapStart, hour.minusHours(1)));
                gapStart = null;
            }
        }
        if (gapStart != null) {
            gaps.add(range(gapStart, last));
        }
        String unexpected = archive.hours().unexpectedNames().isEmpty() ? ""
                : "; " + archive.hours().unexpectedNames().size() + " blobs named unlike PT1H.json hours were left out";
        if (missing == 0) {
            return new Finding(cluster, CONTINUITY, Status.PASS, Severity.HIGH,
                    "every hour from " + ArchiveHours.utc(archive.hours().oldest()) + " to " + ArchiveHours.utc(last)
                            + " is archived" + unexpected);
        }
        String listed = String.join(", ", gaps.subList(0, Math.min(gaps.size(), LISTED_GAPS)))
                + (gaps.size() > LISTED_GAPS ? " and " + (gaps.size() - LISTED_GAPS) + " more gaps" : "");
        return new Finding(cluster, CONTINUITY, Status.FAIL, Severity.HIGH,
                missing + " hours missing: " + listed + unexpected);
    }

    private Finding immutability(String cluster, AuditArchive archive) {
        ImmutabilityPolicy policy = archive.immutability();
        if (policy == null || policy.periodDays() <= 0) {
            return new Finding(cluster, IMMUTABILITY, requireImmutability ? Status.FAIL : Status.WARN,
                    immutabilitySeverity(), "container " + archive.storageAccount() + "/" + archive.container()
                            + " has no time-based immutability policy: the archive can be changed or deleted");
        }
        String container = "container " + archive.storageAccount() + "/" + archive.container()
                + ": blobs immutable for " + policy.periodDays() + " days after creation (policy " + policy.state()
                + ")";
        Status unmet = requireImmutability ? Status.FAIL : Status.WARN;
        if (policy.periodDays() < retentionDays) {
            return new Finding(cluster, IMMUTABILITY, unmet, immutabilitySeverity(), container + ", fewer than the "
                    + retentionDays + " days the audit logs must be kept: they can be deleted before then");
        }
        if (requireImmutability && !policy.locked()) {
            return new Finding(cluster, IMMUTABILITY, Status.FAIL, immutabilitySeverity(), container + ": an "
                    + "unlocked policy can be shortened or deleted by an account owner, and immutability is required");
        }
        return new Finding(cluster, IMMUTABILITY, Status.PASS, immutabilitySeverity(), container);
    }

    private Severity immutabilitySeverity() {
        return requireImmutability ? Severity.HIGH : Severity.MEDIUM;
    }

    /** The end of {@code reportDate}: the archive must hold every hour before it. */
    private LocalDateTime end() {
        return reportDate.plusDays(1).atStartOfDay();
    }

    private static String range(LocalDateTime from, LocalDateTime to) {
        long hours = ChronoUnit.HOURS.between(from, to) + 1;
        return from.equals(to) ? ArchiveHours.utc(from) + " (1 hour)"
                : ArchiveHours.utc(from) + "–" + ArchiveHours.utc(to) + " (" + hours + " hours)";
    }

}
