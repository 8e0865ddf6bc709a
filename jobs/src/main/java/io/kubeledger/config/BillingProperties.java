package io.kubeledger.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubeledger.billing.*}: the Azure Cost Management FOCUS export (the bill) the
 * clusters' costs are reconciled with, and which of its cost columns is the bill.
 */
public record BillingProperties(String costExport, @DefaultValue("EffectiveCost") String costColumn) {

    static final List<String> COST_COLUMNS = List.of("EffectiveCost", "BilledCost");

    /**
     * An empty {@code cost-export} (a chart's blank value) configures no export, as
     * leaving it out does.
     */
    public boolean configured() {
        return costExport != null && !costExport.isBlank();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (configured()) {
            try {
                BlobFolder.parse(costExport);
            }
            catch (IllegalArgumentException e) {
                problems.add("kubeledger.billing.cost-export: " + e.getMessage());
            }
        }
        if (!COST_COLUMNS.contains(costColumn)) {
            problems.add("kubeledger.billing.cost-column: must be EffectiveCost (amortized, the default) or "
                    + "BilledCost, was '" + costColumn + "'");
        }
        return problems;
    }
}
