package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.kubeledger.chargeback.ChargebackTasklet;
import io.kubeledger.ingest.BillingTasklet;
import io.kubeledger.ingest.InvoiceBridge;
import io.kubeledger.lake.Billing;
import io.kubeledger.lake.ResourceTypeBill;
import io.kubeledger.run.ContextAmounts;

/** The month's {@link Billing} as the billing and chargeback steps left it in the job's context. */
public final class BillingFromJob {

    static final String NOT_CONFIGURED = "no Azure Cost Management export is configured "
            + "(kubeledger.billing.cost-export), so the costs are OpenCost's and the price list's.";

    private BillingFromJob() {
    }

    /** {@code bridge}: from the bill in the export's scope to this fleet's, where the month is billed. */
    public static Billing of(Map<String, Object> job, Optional<InvoiceBridge> bridge) {
        List<String> billedWithoutWorkload = job.get(ChargebackTasklet.BILLED_WITHOUT_WORKLOAD) instanceof List<?> days
                ? days.stream().map(String::valueOf).toList() : List.of();
        if (!(job.get(BillingTasklet.RUN_ID) instanceof String runId)) {
            String missing = job.get(BillingTasklet.MISSING) instanceof String reason ? reason + "." : NOT_CONFIGURED;
            return new Billing(null, null, missing, Map.of(), List.of(), List.of(), billedWithoutWorkload, List.of(),
                    List.of(), null);
        }
        Map<String, BigDecimal> workspaces = new TreeMap<>(ContextAmounts.from(
                job.get(BillingTasklet.BILLED_BY_WORKSPACE)));
        List<ResourceTypeBill> byType = new ArrayList<>();
        if (job.get(BillingTasklet.ROWS_BY_TYPE) instanceof Map<?, ?> rows) {
            ContextAmounts.from(job.get(BillingTasklet.BILLED_BY_TYPE)).forEach((type, sum) -> byType.add(
                    new ResourceTypeBill(type, ((Number) rows.get(type)).longValue(), sum)));
        }
        List<String> notOnBill = job.get(BillingTasklet.NOT_ON_BILL) instanceof List<?> absent
                ? absent.stream().map(String::valueOf).toList() : List.of();
        return new Billing(runId, LocalDate.parse((String) job.get(BillingTasklet.BILLED_THROUGH)), null, workspaces,
                byType, notOnBill, billedWithoutWorkload, List.of(), List.of(), bridge.orElse(null));
    }
}
