package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kubeledger.report.PdfDocument.Line;
import io.kubeledger.rightsizing.ChangeCommands;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.Quantities;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * Recommendations as printed lines: the change in short, the saving, and under it the
 * command that applies it.
 */
final class RightsizingLines {

    private RightsizingLines() {
    }

    /**
     * A change that saves, under a saving heading; one that costs, its cost positive
     * under a cost heading.
     */
    static Line container(String section, String label, ContainerRecommendation r) {
        String advice = ChangeCommands.advice(r);
        String note = r.key().cluster() + " / " + r.key().namespace() + " · " + r.key().controllerKind() + " "
                + r.key().controller() + ", container " + r.key().container() + (advice.isEmpty() ? "" : ": " + advice)
                + (raisesARequest(r) ? ". " + LIMIT_WARNING : "");
        String detail = r.action().value() + " · " + requestChange(r) + " · on " + basis(r);
        return (r.monthlySavings().signum() < 0
                ? new Line(section, label, detail, r.monthlySavings().negate(), null, PdfDocument.COST, note)
                : Line.saving(section, label, detail, r.monthlySavings(), note))
            .withCommand(ChangeCommands.command(r));
    }

    /** What a recommendation is sized on, in words. */
    static String basis(ContainerRecommendation r) {
        return r.observed() == null ? "daily averages (OpenCost)" : "raw usage (Prometheus)";
    }

    /**
     * The export has no limits, so a raised request says what a limit does to it: a
     * request above its container's limit is refused by the API server, and the command
     * with it.
     */
    static final String LIMIT_WARNING = "A request above the container's limit is refused: where it has one below the "
            + "new request, raise the limit too (--limits)";

    private static boolean raisesARequest(ContainerRecommendation r) {
        return r.action() != RequestAction.ABANDONED
                && (r.cpuRecommendedCores() > r.cpuRequestCores() || r.ramRecommendedBytes() > r.ramRequestBytes());
    }

    /**
     * A table plan's move, with what it does to the chargeback ({@code change} a month),
     * which charges a billed workspace ({@code billed}) its bill.
     */
    static Line table(String section, TablePlanRecommendation t, BigDecimal change, boolean billed) {
        return Line
            .saving(section, t.usage().workspace() + " / " + t.usage().table(),
                    t.usage().plan() + " → " + t.recommendedPlan(), t.monthlySavings(),
                    t.reason() + ". " + chargedChange(change, billed))
            .withCommand(ChangeCommands.forTable(t));
    }

    /**
     * What a move does to the chargeback: a billed workspace's charge is its bill, so the
     * chargeback changes as the bill does; an estimate carries only the ingestion at the
     * price list, so a move to Basic lowers it and a move to Analytics raises it, its
     * saving being in query charges, which an estimate does not contain.
     */
    static String chargedChange(BigDecimal change, boolean billed) {
        if (change == null || change.signum() == 0) {
            return "";
        }
        if (billed) {
            return String.format(Locale.ROOT, "The workspace is charged its bill, query charges included: the "
                    + "chargeback %s by %,.2f a month.", change.signum() > 0 ? "rises" : "falls", change.abs());
        }
        return change.signum() > 0
                ? String.format(Locale.ROOT,
                        "It raises the charged total by %,.2f a month (the ingestion charge); "
                                + "the saving is in query charges, which the chargeback does not contain.",
                        change)
                : String.format(Locale.ROOT, "It lowers the charged total by %,.2f a month (the ingestion charge); "
                        + "the query charges it adds are not charged back.", change.negate());
    }

    /**
     * {@code CPU 2000m→260m, mem 4096Mi→768Mi}, or {@code remove} for an abandoned
     * workload: one unit per resource in a line, so that the two figures compare at a
     * glance.
     */
    static String requestChange(ContainerRecommendation r) {
        if (r.action() == RequestAction.ABANDONED) {
            return "remove";
        }
        List<String> changes = new ArrayList<>();
        if (r.cpuRecommendedCores() != r.cpuRequestCores()) {
            changes.add("CPU " + cpu(r.cpuRequestCores(), r.cpuRecommendedCores()));
        }
        if (r.ramRecommendedBytes() != r.ramRequestBytes()) {
            changes.add("mem " + memory(r.ramRequestBytes(), r.ramRecommendedBytes()));
        }
        return String.join(", ", changes);
    }

    /** Both in whole cores where both are, else both in millicores. */
    static String cpu(double from, double to) {
        boolean cores = Math.round(from * 1000) % 1000 == 0 && Math.round(to * 1000) % 1000 == 0;
        return cores ? Math.round(from) + "→" + Math.round(to) + " cores"
                : Math.round(from * 1000) + "m→" + Math.round(to * 1000) + "m";
    }

    /** Both in GiB where both are whole GiB, else both in MiB. */
    static String memory(double from, double to) {
        long fromMib = (long) Math.ceil(from / Quantities.MIB);
        long toMib = (long) Math.ceil(to / Quantities.MIB);
        boolean gib = fromMib % 1024 == 0 && toMib % 1024 == 0;
        return gib ? fromMib / 1024 + "Gi→" + toMib / 1024 + "Gi" : fromMib + "Mi→" + toMib + "Mi";
    }

}
