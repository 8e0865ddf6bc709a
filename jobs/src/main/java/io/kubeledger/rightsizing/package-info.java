/**
 * Recommendations: container requests judged over their lookback (downsize, upsize, keep,
 * abandoned, by their effect on cost), Log Analytics table plans, and the commands that
 * apply them.
 */
package io.kubeledger.rightsizing;
