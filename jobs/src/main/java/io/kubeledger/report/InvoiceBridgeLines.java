package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.kubeledger.config.ResourceIds;
import io.kubeledger.ingest.InvoiceBridge;
import io.kubeledger.ingest.InvoiceBridge.Amounts;
import io.kubeledger.ingest.InvoiceBridge.OtherResource;

/**
 * From the invoice to the chargeback, line by line, for a controller to tick: the bill in
 * the export's scope on the days it bills, less each resource that is not this fleet's,
 * is this fleet's bill; with the corrections of earlier periods and the days not billed
 * yet, the chargeback. Each amount in the charged cost column, and the bill's lines in
 * the other column beside. Empty for a month that is an estimate, or whose run record has
 * no bridge.
 */
record InvoiceBridgeLines(InvoiceBridge bridge, List<BridgeLine> lines) {

    /**
     * The other resources the first page's line names, the largest; the workbook names
     * them all.
     */
    static final int NAMED_ON_THE_FIRST_PAGE = 3;

    /**
     * A line of the bridge: what, and its amount in each column ({@code other} null where
     * the lake has none).
     */
    record BridgeLine(String label, BigDecimal charged, BigDecimal other, boolean subtotal) {
    }

    static Optional<InvoiceBridgeLines> of(MonthlyReport report) {
        InvoiceBridge bridge = report.billing().bridge();
        if (bridge == null || !report.billing().reconciled()) {
            return Optional.empty();
        }
        List<BridgeLine> lines = new ArrayList<>();
        lines.add(new BridgeLine("The bill in the export's scope", bridge.scope().charged(), bridge.scope().other(),
                true));
        for (OtherResource other : bridge.others()) {
            lines.add(new BridgeLine("Less " + name(other), other.amounts().charged().negate(),
                    other.amounts().other().negate(), false));
        }
        Amounts fleet = bridge.fleet();
        lines.add(new BridgeLine("This fleet's bill", fleet.charged(), fleet.other(), true));
        BigDecimal corrections = report.corrections();
        if (corrections.signum() != 0) {
            lines.add(new BridgeLine("Corrections of earlier periods on this invoice", corrections, null, false));
        }
        BigDecimal unexplained = report.billedTotal()
            .subtract(corrections)
            .subtract(fleet.charged())
            .setScale(2, RoundingMode.HALF_EVEN);
        if (unexplained.signum() != 0) {
            lines.add(new BridgeLine("Difference between this fleet's bill and its billed lines in the lake (a "
                    + "lake written before the bill's last run?)", unexplained, null, false));
        }
        BigDecimal estimated = report.total().subtract(report.billedTotal());
        if (estimated.signum() != 0) {
            lines.add(new BridgeLine("Days not billed yet (estimates)", estimated, null, false));
        }
        lines.add(new BridgeLine("The chargeback", report.total(), null, true));
        return Optional.of(new InvoiceBridgeLines(bridge, lines));
    }

    /** {@code sql-1 (Microsoft.Sql/servers)}: the resource's name and type. */
    static String name(OtherResource other) {
        String name = other.resourceId().isEmpty() ? "(no resource id)" : ResourceIds.name(other.resourceId());
        return other.resourceType().isEmpty() ? name : name + " (" + other.resourceType() + ")";
    }

    /**
     * The first page's line:
     * {@code Invoice: 26,000.00 USD billed in the export's scope (EffectiveCost; BilledCost
     * 23,000.00), less 3,804.37 of 31 other resources (largest: ...) = this fleet's 22,195.63 ...}.
     */
    String headline(MonthlyReport report) {
        String currency = report.currency();
        List<OtherResource> others = bridge.others();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "Invoice: %,.2f %s in the export's scope to %s (%s, charged; %s %,.2f), less %,.2f of %d other "
                        + "resource%s",
                bridge.scope().charged(), currency, report.billing().billedThrough(), bridge.costColumn(),
                bridge.otherColumn(), bridge.scope().other(), bridge.othersTotal().charged(), others.size(),
                others.size() == 1 ? "" : "s"));
        if (!others.isEmpty()) {
            line.append(" (largest: ")
                .append(String.join(", ", others.stream()
                    .limit(NAMED_ON_THE_FIRST_PAGE)
                    .map(other -> String.format(Locale.ROOT, "%s %,.2f", name(other), other.amounts().charged()))
                    .toList()))
                .append(others.size() > NAMED_ON_THE_FIRST_PAGE ? ", …" : "")
                .append(')');
        }
        line.append(String.format(Locale.ROOT, " = this fleet's bill %,.2f", bridge.fleet().charged()));
        lines.stream()
            .filter(l -> !l.subtotal() && l.other() == null)
            .forEach(l -> line
                .append(String.format(Locale.ROOT, "; %s %,.2f", l.label().toLowerCase(Locale.ROOT), l.charged())));
        line.append(String.format(Locale.ROOT, " = the chargeback %,.2f", report.total()));
        if (!bridge.invoiceIds().isEmpty()) {
            line.append(bridge.invoiceIds().size() == 1 ? "; invoice " : "; invoices ")
                .append(String.join(", ", bridge.invoiceIds()));
        }
        line.append("; ")
            .append(bridge.subscriptions().size())
            .append(bridge.subscriptions().size() == 1 ? " subscription" : " subscriptions");
        return line.append('.').toString();
    }
}
