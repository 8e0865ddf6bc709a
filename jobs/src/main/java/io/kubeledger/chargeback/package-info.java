/**
 * Who pays for what: team assignment by label and namespace rule, each cluster's workload
 * summed to the lake's grain while its export is read, shared namespaces and monitoring
 * split among teams, idle capacity from the bill, and each day's lines rounded to the
 * input's total (largest remainder).
 */
package io.kubeledger.chargeback;
