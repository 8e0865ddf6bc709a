package io.kubeledger.source;

import java.util.function.Consumer;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;

/**
 * Where PromQL answers come from: a monitor workspace's Prometheus query endpoint, or the
 * local snapshot.
 */
public interface PrometheusSource {

    /**
     * Runs an instant query in a workspace, handing each series of its vector to
     * {@code series} as the answer is read, so that a large answer is never held whole.
     * Series whose value is not a number ({@code NaN}: a quantile of no sample) are left
     * out.
     * @throws SourceUnavailableException when there is no answer to be had, or it is an
     * error; the message names workspace, endpoint and query
     * @throws PromAnswerTooLargeException when the server refuses it for its size
     */
    void query(MonitorWorkspace workspace, PromQuery query, Consumer<PromSeries> series);

}
