package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * From the invoice to the chargeback: what the bill's runs charged in the export's scope
 * on the days they bill, in the charged cost column ({@code costColumn},
 * {@code billing.cost-column}) and in the other; of it, the resources that are not this
 * fleet's, each named; the rest is this fleet's bill, which the chargeback's billed lines
 * add up to. With the invoices the fleet's rows are on and the subscriptions they are in
 * ({@code Name (id)}).
 */
public record InvoiceBridge(String costColumn, Amounts scope, List<OtherResource> others, List<String> invoiceIds,
        List<String> subscriptions) {

    /** The largest first, so that a list cut short names the ones that matter. */
    static final Comparator<OtherResource> LARGEST_FIRST = Comparator
        .comparing((OtherResource other) -> other.amounts().charged().abs())
        .reversed()
        .thenComparing(OtherResource::resourceId);

    public InvoiceBridge {
        others = List.copyOf(others);
        invoiceIds = List.copyOf(invoiceIds);
        subscriptions = List.copyOf(subscriptions);
    }

    /** An amount in the charged cost column and in the other. */
    public record Amounts(BigDecimal charged, BigDecimal other) {

        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        public Amounts plus(Amounts more) {
            return new Amounts(charged.add(more.charged), other.add(more.other));
        }

        public Amounts minus(Amounts less) {
            return new Amounts(charged.subtract(less.charged), other.subtract(less.other));
        }
    }

    /**
     * A resource on the bill that is not this fleet's: its id, its type as the bill names
     * it, and its amounts.
     */
    public record OtherResource(String resourceId, String resourceType, Amounts amounts) {
    }

    /** The other of {@code BilledCost} and {@code EffectiveCost}. */
    public String otherColumn() {
        return costColumn.equals("BilledCost") ? "EffectiveCost" : "BilledCost";
    }

    public Amounts othersTotal() {
        return others.stream().map(OtherResource::amounts).reduce(Amounts.ZERO, Amounts::plus);
    }

    /** The scope less the other resources: this fleet's bill of the days. */
    public Amounts fleet() {
        return scope.minus(othersTotal());
    }
}
