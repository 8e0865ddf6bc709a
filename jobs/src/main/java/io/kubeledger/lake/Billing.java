package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.kubeledger.chargeback.BillBelowEstimate;
import io.kubeledger.ingest.InvoiceBridge;

/**
 * Whether the month is the bill's: through which day and from which export run
 * ({@code exportRun} null: an estimate, and {@code estimate} says why); what the bill
 * charged each Log Analytics workspace, and each monitor workspace and monitoring
 * resource ({@code monitoring}: empty in a record written before them), and the matched
 * rows by resource type; the clusters it has no row of; the cluster-days it charged with
 * no OpenCost row; per cluster and bucket, the bill beside OpenCost's allocation, and the
 * corrections of earlier periods the bill carries (the Invoice sheet; both from the
 * lake's rows, so empty in the run record); and the bridge from the bill in the export's
 * scope to this fleet's (null for an estimate, and in a record written before it, until
 * 1.0.0: docs/lake.md, "Lakes written by older versions").
 */
public record Billing(String exportRun, LocalDate billedThrough, String estimate, Map<String, BigDecimal> workspaces,
        Map<String, BigDecimal> monitoring, List<ResourceTypeBill> byResourceType, List<String> notOnBill,
        List<String> billedWithoutWorkload, List<InvoiceLine> invoice, List<CorrectionLine> corrections,
        InvoiceBridge bridge) {

    public Billing {
        notOnBill = List.copyOf(notOnBill);
        workspaces = Collections.unmodifiableMap(new TreeMap<>(workspaces));
        monitoring = monitoring == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(monitoring));
        byResourceType = List.copyOf(byResourceType);
        billedWithoutWorkload = List.copyOf(billedWithoutWorkload);
        invoice = List.copyOf(invoice);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public Billing withInvoice(List<InvoiceLine> lines, List<CorrectionLine> correctionLines) {
        return new Billing(exportRun, billedThrough, estimate, workspaces, monitoring, byResourceType, notOnBill,
                billedWithoutWorkload, lines, correctionLines, bridge);
    }

    public boolean reconciled() {
        return exportRun != null;
    }

    /** The reports' first line about the bill. */
    public String headline(LocalDate reportDate) {
        if (!reconciled()) {
            return "Estimate, not reconciled with the Azure bill: " + estimate;
        }
        return "Reconciled with the Azure bill through " + billedThrough + " (Cost Management export run " + exportRun
                + ")" + (billedThrough.isBefore(reportDate) ? "; the days after it are estimates" : "")
                + (notOnBill.isEmpty() ? ""
                        : "; the export has no row of " + String.join(", ", notOnBill) + ", whose costs stay estimates")
                + ".";
    }

    /**
     * The clusters whose bill is under half of what OpenCost allocated on the billed
     * days, from the Invoice lines.
     */
    public List<String> billBelowEstimateNotices(String currency) {
        Map<String, BigDecimal[]> byCluster = new TreeMap<>();
        for (InvoiceLine line : invoice) {
            BigDecimal[] sums = byCluster.computeIfAbsent(line.cluster(),
                    c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            sums[0] = sums[0].add(line.billed());
            sums[1] = sums[1].add(line.allocated());
        }
        return byCluster.entrySet()
            .stream()
            .map(e -> BillBelowEstimate.of(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .flatMap(Optional::stream)
            .map(below -> below.notice(currency))
            .toList();
    }

    /**
     * The finding of days the bill charged while a cluster's exporter wrote nothing, or
     * null.
     */
    public String billedWithoutWorkloadNotice() {
        return billedWithoutWorkload.isEmpty() ? null : "Billed with no OpenCost row (the exporter was down?), "
                + "so all idle, on team 'idle': " + String.join(", ", billedWithoutWorkload) + ".";
    }
}
