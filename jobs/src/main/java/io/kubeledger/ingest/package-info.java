/**
 * Reading the inputs into the run's terms: OpenCost export rows
 * ({@link io.kubeledger.ingest.Allocation}), Log Analytics answers, table plans and the
 * Cost Management export (the bill), each bad row quarantined verbatim with its file,
 * line and reason.
 */
package io.kubeledger.ingest;
