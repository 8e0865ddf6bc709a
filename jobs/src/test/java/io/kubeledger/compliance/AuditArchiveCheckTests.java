package io.kubeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditArchiveCheckTests {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 10, 31);

    private static final String PREFIX = "resourceId=/SUBSCRIPTIONS/S/RESOURCEGROUPS/RG/PROVIDERS/"
            + "MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/AKS-1/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    # case                        | archived from    | missing hours (UTC)                             | coverage | continuity | detail contains
                    complete for 96 days          | 2026-07-28T00:00 | -                                               | pass     | pass       | every hour from 2026-07-28T00:00Z to 2026-10-31T23:00Z is archived
                    exactly 90 days               | 2026-08-03T00:00 | -                                               | pass     | pass       | is archived
                    an hour short of 90 days      | 2026-08-03T01:00 | -                                               | fail     | pass       | is archived
                    a gap across midnight         | 2026-07-01T00:00 | 2026-10-14T22:00 2026-10-14T23:00 2026-10-15T00:00 2026-10-15T01:00 | pass | fail | 4 hours missing: 2026-10-14T22:00Z–2026-10-15T01:00Z (4 hours)
                    a gap across the month's edge | 2026-07-01T00:00 | 2026-09-30T23:00 2026-10-01T00:00               | pass     | fail       | 2 hours missing: 2026-09-30T23:00Z–2026-10-01T00:00Z (2 hours)
                    the last hour missing         | 2026-07-01T00:00 | 2026-10-31T23:00                                | pass     | fail       | 1 hours missing: 2026-10-31T23:00Z (1 hour)
                    two gaps                      | 2026-07-01T00:00 | 2026-08-01T05:00 2026-10-02T00:00 2026-10-02T01:00 | pass  | fail       | 3 hours missing: 2026-08-01T05:00Z (1 hour), 2026-10-02T00:00Z–2026-10-02T01:00Z (2 hours)
                    """)
    void coverageAndContinuityFollowTheHoursArchived(String name, LocalDateTime from, String missing, String coverage,
            String continuity, String detail) {
        // given
        Set<LocalDateTime> gaps = missing.equals("-") ? Set.of()
                : Arrays.stream(missing.split(" ")).map(LocalDateTime::parse).collect(Collectors.toSet());
        ArchiveHours hours = new ArchiveHours();
        for (LocalDateTime hour = from; hour.isBefore(LocalDateTime.of(2026, 11, 1, 0, 0)); hour = hour.plusHours(1)) {
            if (!gaps.contains(hour)) {
                hours.add(blob(hour));
            }
        }

        // when
        List<Finding> findings = check(false).check("aks-1", archive(null, hours, null));

        // then
        assertThat(status(findings, AuditArchiveCheck.COVERAGE)).isEqualTo(coverage);
        assertThat(status(findings, AuditArchiveCheck.CONTINUITY)).isEqualTo(continuity);
        assertThat(finding(findings, AuditArchiveCheck.CONTINUITY).detail()).contains(detail);
    }

    @Test
    void anArchiveThatBeganAfterTheReportDateProvesNothingOfItsMonth() {
        // given: a past month rerun; the archive began on November 5th
        ArchiveHours hours = new ArchiveHours();
        LocalDateTime from = LocalDateTime.of(2026, 11, 5, 0, 0);
        for (LocalDateTime hour = from; hour.isBefore(from.plusDays(20)); hour = hour.plusHours(1)) {
            hours.add(blob(hour));
        }

        // when
        List<Finding> findings = check(false).check("aks-1", archive(null, hours, null));

        // then: no negative day count, no continuity "from" after "to"
        for (String check : List.of(AuditArchiveCheck.COVERAGE, AuditArchiveCheck.CONTINUITY)) {
            assertThat(status(findings, check)).isEqualTo("fail");
            assertThat(finding(findings, check).detail()).isEqualTo(
                    "no archived hour up to the end of 2026-10-31: " + "the oldest is 2026-11-05T00:00Z, after it");
        }
    }

    @Test
    void anEmptyArchiveOrNoneFailsAndBlobsNamedOtherwiseAreCountedNotGuessed() {
        List<Finding> empty = check(false).check("aks-1", archive(null, new ArchiveHours(), null));
        assertThat(status(empty, AuditArchiveCheck.COVERAGE)).isEqualTo("fail");
        assertThat(status(empty, AuditArchiveCheck.CONTINUITY)).isEqualTo("fail");

        assertThat(check(true).withoutArchive("aks-1")).extracting(f -> f.check() + "=" + f.status().value())
            .containsExactly("audit:retention-policy=fail", "audit:coverage=fail", "audit:continuity=fail",
                    "audit:immutability=fail");

        ArchiveHours odd = new ArchiveHours();
        for (LocalDateTime hour = LocalDateTime.of(2026, 10, 31, 0, 0); hour.getDayOfMonth() == 31; hour = hour
            .plusHours(1)) {
            odd.add(blob(hour));
        }
        odd.add(PREFIX + "y=2026/m=10/d=31/h=24/m=00/PT1H.json");
        odd.add(PREFIX + "../../escape/PT1H.json");
        assertThat(
                finding(check(false).check("aks-1", archive(null, odd, null)), AuditArchiveCheck.CONTINUITY).detail())
            .endsWith("2 blobs named unlike PT1H.json hours were left out");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`',
            textBlock = """
                    # case                          | rules: enabled, prefixes, blob types, delete after days         | status | detail contains
                    no policy (404)                 | -                                                              | pass   | has no lifecycle policy
                    deletes after 120 days          | true, insights-logs-kube-audit/, appendBlob, 120               | pass   | deletes audit logs after 120 days; 90 required
                    deletes after 30 days           | true, insights-logs-kube-audit/, appendBlob, 30                | fail   | deletes audit logs after 30 days; 90 required
                    a prefix of another container   | true, insights-logs-kube-audit-admin/, appendBlob, 7           | pass   | none matching
                    a prefix without its slash      | true, insights-logs-kube-audit, appendBlob, 7                  | fail   | after 7 days
                    a prefix deep in the archive    | true, insights-logs-kube-audit/resourceId=/SUBSCRIPTIONS/S/, -, 30 | fail | after 30 days
                    block blobs only                | true, insights-logs-kube-audit/, blockBlob, 7                  | pass   | none matching
                    a disabled rule                 | false, insights-logs-kube-audit/, appendBlob, 7                | pass   | none matching
                    no prefix: every blob           | true, -, -, 60                                                 | fail   | after 60 days
                    the soonest of two rules        | true, insights-logs-kube-audit/, appendBlob, 365; true, -, appendBlob, 45 | fail | after 45 days
                    """)
    void theLifecyclePolicyMustDeleteNothingTooSoon(String name, String rules, String status, String detail) {
        // given
        List<LifecycleRule> parsed = rules.equals("-") ? null : ArmComplianceParser.lifecycleRules(policy(rules));

        // when
        List<Finding> findings = check(false).check("aks-1", archive(parsed, new ArchiveHours(), null));

        // then
        assertThat(status(findings, AuditArchiveCheck.RETENTION_POLICY)).isEqualTo(status);
        assertThat(finding(findings, AuditArchiveCheck.RETENTION_POLICY).detail()).contains(detail);
    }

    @Test
    void immutabilityWarnsWhenAbsentFailsWhenRequiredAndPassesWithATimeBasedPolicy() {
        ImmutabilityPolicy locked = ArmComplianceParser.immutability(stream("""
                {"id":"…/immutabilityPolicies/default","name":"default","etag":"\\"8d8\\"",
                 "properties":{"immutabilityPeriodSinceCreationInDays":365,"state":"Locked",
                               "allowProtectedAppendWrites":true}}"""));

        assertThat(status(check(false).check("aks-1", archive(null, new ArchiveHours(), null)),
                AuditArchiveCheck.IMMUTABILITY))
            .isEqualTo("warn");
        assertThat(status(check(true).check("aks-1", archive(null, new ArchiveHours(), null)),
                AuditArchiveCheck.IMMUTABILITY))
            .isEqualTo("fail");
        Finding pass = finding(check(true).check("aks-1", archive(null, new ArchiveHours(), locked)),
                AuditArchiveCheck.IMMUTABILITY);
        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(pass.detail()).contains("immutable for 365 days after creation (policy Locked)");
    }

    @ParameterizedTest(name = "{0} days, {1}, required {2}: {3}")
    @CsvSource({ "30, Locked, false, warn", "30, Locked, true, fail", "90, Unlocked, true, fail",
            "90, Unlocked, false, pass", "90, Locked, true, pass" })
    void aPolicyShorterThanTheRetentionOrUnlockedWhereRequiredIsNoPass(int days, String state, boolean required,
            String status) {
        // when: the audit logs must be kept 90 days
        Finding immutability = finding(
                check(required).check("aks-1", archive(null, new ArchiveHours(), new ImmutabilityPolicy(days, state))),
                AuditArchiveCheck.IMMUTABILITY);

        // then
        assertThat(immutability.status().value()).isEqualTo(status);
    }

    @Test
    void anArmErrorBodyIsAFailureToReadNeverEvidence() {
        String error = """
                {"error":{"code":"AuthorizationFailed","message":"The client 'x' does not have authorization"}}""";
        for (Runnable read : List.<Runnable>of(() -> ArmComplianceParser.lifecycleRules(stream(error)),
                () -> ArmComplianceParser.immutability(stream(error)), () -> ArmComplianceParser.cluster(stream(error)),
                () -> ArmComplianceParser.lifecycleRules(stream("{\"properties\":{}}")),
                () -> ArmComplianceParser.cluster(stream("{\"name\":\"aks-1\"}")),
                () -> ArmComplianceParser.cluster(stream("[]")))) {
            assertThatThrownBy(read::run).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ArmComplianceParser.cluster(stream(error)))
            .hasMessageContaining("ARM answered with an error, which is no evidence: AuthorizationFailed");
    }

    private static AuditArchiveCheck check(boolean requireImmutability) {
        return new AuditArchiveCheck(90, requireImmutability, REPORT_DATE);
    }

    private static AuditArchive archive(List<LifecycleRule> rules, ArchiveHours hours, ImmutabilityPolicy policy) {
        return new AuditArchive("staudit", "insights-logs-kube-audit", PREFIX, rules, hours, policy);
    }

    private static String blob(LocalDateTime hour) {
        return PREFIX + String.format("y=%d/m=%02d/d=%02d/h=%02d/m=00/PT1H.json", hour.getYear(), hour.getMonthValue(),
                hour.getDayOfMonth(), hour.getHour());
    }

    /**
     * A real-shaped management policy from {@code enabled, prefixes, blob types, days; …}
     * ({@code -}: none).
     */
    private static ByteArrayInputStream policy(String spec) {
        String rules = Arrays.stream(spec.split(";\\s*")).map(rule -> {
            String[] p = rule.split(",\\s*");
            return "{\"enabled\":" + p[0] + ",\"name\":\"rule-" + p[3] + "\",\"type\":\"Lifecycle\",\"definition\":{"
                    + "\"actions\":{\"baseBlob\":{\"delete\":{\"daysAfterModificationGreaterThan\":" + p[3] + "}}},"
                    + "\"filters\":{" + (p[2].equals("-") ? "" : "\"blobTypes\":[\"" + p[2] + "\"]")
                    + (p[1].equals("-") ? "" : (p[2].equals("-") ? "" : ",") + "\"prefixMatch\":[\"" + p[1] + "\"]")
                    + "}}}";
        }).collect(Collectors.joining(","));
        return stream("{\"id\":\"…/managementPolicies/default\",\"name\":\"DefaultManagementPolicy\","
                + "\"properties\":{\"lastModifiedTime\":\"2026-01-05T10:00:00Z\",\"policy\":{\"rules\":[" + rules
                + "]}}}");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Finding finding(List<Finding> findings, String check) {
        return findings.stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
    }

    private static String status(List<Finding> findings, String check) {
        return finding(findings, check).status().value();
    }

}
