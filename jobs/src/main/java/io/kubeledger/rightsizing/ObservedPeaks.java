package io.kubeledger.rightsizing;

/**
 * What Prometheus saw of a container over the lookback: the highest of its pods' daily
 * CPU percentiles of the 5-minute usage rate (cores), the highest memory working set
 * (bytes), the pod-days on which a pod of it was OOM-killed, and its CFS periods,
 * throttled and all (zero where cAdvisor gives none).
 */
public record ObservedPeaks(double cpuPercentileCores, double ramMaxBytes, int oomKilledPodDays,
        double throttledPeriods, double periods) {

    /**
     * Two pods' or days' figures together: the higher peaks, the days and periods added.
     */
    ObservedPeaks and(ObservedPeaks other) {
        return new ObservedPeaks(Math.max(cpuPercentileCores, other.cpuPercentileCores),
                Math.max(ramMaxBytes, other.ramMaxBytes), oomKilledPodDays + other.oomKilledPodDays,
                throttledPeriods + other.throttledPeriods, periods + other.periods);
    }

    /**
     * The share of CFS periods in which the container was throttled; null without
     * periods.
     */
    public Double throttledShare() {
        return periods > 0 ? throttledPeriods / periods : null;
    }

}
