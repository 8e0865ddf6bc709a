/**
 * The configuration: every {@code kubeledger.*} key as immutable records
 * ({@link io.kubeledger.config.KubeledgerProperties} and one record per concern), checked
 * at start-up with messages that name the key, and the values they are made of (blob
 * locations, resource ids, phases, shards). It uses no other package of the job, so every
 * package may use it.
 */
package io.kubeledger.config;
