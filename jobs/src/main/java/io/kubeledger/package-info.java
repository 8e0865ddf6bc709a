/**
 * The nightly job's frame: the application, its configuration ({@link io.kubeledger.KubeledgerProperties}, every
 * {@code kubeledger.*} key), the job's flow and its phases ({@link io.kubeledger.NightlyJobConfiguration}), the runner
 * that starts one run for a report date and turns its outcome into an exit code, the run locks (one run per scope at a
 * time), the job database's schema, and the run's window of days. The flow of a run: source, ingest, chargeback,
 * rightsizing and compliance, lake, report, mail.
 */
package io.kubeledger;
