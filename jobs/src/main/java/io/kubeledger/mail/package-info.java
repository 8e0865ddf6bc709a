/**
 * The letters: the month's reports once its last day has run, and the weekly digests,
 * each sent once per period and recipient.
 */
package io.kubeledger.mail;
