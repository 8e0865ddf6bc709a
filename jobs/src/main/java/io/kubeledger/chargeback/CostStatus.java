package io.kubeledger.chargeback;

import java.util.Locale;

/** Whether a cost is the bill's: the lake's {@code x_CostStatus} column. */
public enum CostStatus {

    /**
     * Its cluster-day or workspace-day was reconciled with the Cost Management export: it
     * adds up to the bill.
     */
    BILLED,
    /**
     * Priced by OpenCost or the configured log prices: the bill does not cover the day
     * yet, or none is configured.
     */
    ESTIMATED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

}
