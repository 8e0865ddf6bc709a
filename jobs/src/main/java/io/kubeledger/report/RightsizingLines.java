package io.kubeledger.report;

import java.util.ArrayList;
import java.util.List;

import io.kubeledger.report.PdfDocument.Line;
import io.kubeledger.rightsizing.ChangeCommands;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.Quantities;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/** Recommendations as printed lines: the change in short, the saving, and under it the command that applies it. */
final class RightsizingLines {

    private RightsizingLines() {
    }

    static Line container(String section, String label, ContainerRecommendation r) {
        return Line.saving(section, label, r.action().value() + " · " + requestChange(r), r.monthlySavings(),
                r.key().cluster() + " / " + r.key().namespace() + ": " + ChangeCommands.forContainer(r));
    }

    static Line table(String section, TablePlanRecommendation t) {
        return Line.saving(section, t.usage().workspace() + " / " + t.usage().table(), t.usage().plan() + " → "
                + t.recommendedPlan(), t.monthlySavings(), t.reason() + ". " + ChangeCommands.forTable(t));
    }

    /** {@code CPU 2→260m, mem 4Gi→768Mi}, or {@code remove} for an abandoned workload. */
    static String requestChange(ContainerRecommendation r) {
        if (r.action() == RequestAction.ABANDONED) {
            return "remove";
        }
        List<String> changes = new ArrayList<>();
        if (r.cpuRecommendedCores() != r.cpuRequestCores()) {
            changes.add("CPU " + Quantities.cpu(r.cpuRequestCores()) + "→" + Quantities.cpu(r.cpuRecommendedCores()));
        }
        if (r.ramRecommendedBytes() != r.ramRequestBytes()) {
            changes.add("mem " + Quantities.memory(r.ramRequestBytes()) + "→"
                    + Quantities.memory(r.ramRecommendedBytes()));
        }
        return String.join(", ", changes);
    }
}
