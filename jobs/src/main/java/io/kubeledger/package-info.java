/**
 * The nightly job's frame: the application, the job's flow and its phases
 * ({@link io.kubeledger.NightlyJobConfiguration}), the runner that starts one run for a
 * report date and turns its outcome into an exit code, the run locks (one run per scope
 * at a time), the job database's schema, the run's summary and its metrics. It wires the
 * stages' packages, which never use it: config and run, source, ingest, chargeback,
 * rightsizing and compliance, lake, report, mail.
 */
package io.kubeledger;
