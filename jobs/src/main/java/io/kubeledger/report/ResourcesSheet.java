package io.kubeledger.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.report.WorkbookTables.TotalOf;
import io.kubeledger.report.WorkbookTables.Styles;
import io.kubeledger.report.WorkbookTables.Share;

/**
 * What each team's cost buys, first over all its namespaces, then per namespace of each
 * cluster: the money columns add up to its cost; the efficiencies are usage over requests
 * of its containers, over the rightsizing's lookback.
 */
final class ResourcesSheet implements WorkbookSheet {

    /**
     * A team's row over all its clusters and namespaces.
     */
    private static final String ALL = "(all)";

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        List<Object[]> rows = new ArrayList<>();
        report.resourcesByTeam().forEach(r -> rows.add(resourceRow(r, ALL, ALL)));
        report.teams()
            .forEach(t -> report.resourcesOf(t.team())
                .forEach(r -> rows.add(resourceRow(r, r.cluster(), r.namespace()))));
        WorkbookTables.table(workbook, styles, "What the money buys",
                List.of("Team", "Cluster", "Namespace", "CPU", "Memory", "GPU", "Compute not split", "Storage",
                        "Network", "Other", "Idle", "Log Analytics", "Other monitoring",
                        "Corrections of earlier periods", "Cost", "CPU used of requested", "Memory used of requested"),
                rows, row -> row, new TotalOf(1, ALL));
    }

    /**
     * A row whose money columns add up to its cost; compute in CPU, memory and GPU, or
     * whole where not split.
     */
    private static Object[] resourceRow(ResourceCost r, String cluster, String namespace) {
        boolean split = r.cpu() != null;
        return new Object[] { r.team(), cluster, namespace, r.cpu(), r.memory(), r.gpu(), split ? null : r.compute(),
                r.storage(), r.network(), r.other(), r.idle(), r.logs(), r.monitoring(), r.corrections(), r.cost(),
                r.cpuEfficiency() == null ? null : new Share(r.cpuEfficiency()),
                r.ramEfficiency() == null ? null : new Share(r.ramEfficiency()) };
    }

}
