/**
 * The outside world: where inputs come from and outputs go, as a local snapshot or the
 * Azure services (Blob Storage, Log Analytics, ARM), with their retries and the errors
 * they answer. Nothing here knows what the data means.
 */
package io.kubeledger.source;
