/**
 * The finance data lake: the run's Parquet parts (the FOCUS-aligned chargeback,
 * rightsizing, log tables, compliance, compute) and its record, one partition per day or
 * report date, replaced atomically, published to Blob Storage when {@code lake-url} is
 * set.
 */
package io.kubeledger.lake;
