package io.kubeledger.compliance;

import java.util.List;

/**
 * One of the checks every configured cluster goes through, each finding under its own
 * check id ({@link Finding#check}). The compliance step runs the list its configuration
 * gives ({@link ComplianceStepConfiguration#complianceChecks}), in its order, which is
 * the order of the findings in the lake and the reports. docs/development.md says how to
 * add one.
 */
public interface ComplianceCheck {

    List<Finding> check(ClusterEvidence cluster);

}
