package io.kubeledger.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.compliance.Finding;
import io.kubeledger.report.WorkbookTables.Styles;

/**
 * A matrix of every cluster against every check, then each finding with its evidence.
 */
final class ComplianceSheets implements WorkbookSheet {

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        List<Finding> findings = report.compliance();
        List<String> checks = findings.stream().map(Finding::check).distinct().toList();
        Map<String, Map<String, String>> statusByCluster = new LinkedHashMap<>();
        findings.forEach(f -> statusByCluster.computeIfAbsent(f.cluster(), c -> new LinkedHashMap<>())
            .put(f.check(), f.status().value()));
        List<String> headers = new ArrayList<>(List.of("Cluster"));
        headers.addAll(checks);
        WorkbookTables.table(workbook, styles, "Compliance", headers, List.copyOf(statusByCluster.entrySet()),
                cluster -> {
                    List<Object> cells = new ArrayList<>(List.of(cluster.getKey()));
                    checks.forEach(check -> cells.add(cluster.getValue().get(check)));
                    return cells.toArray();
                });
        WorkbookTables.table(workbook, styles, "Compliance findings",
                List.of("Cluster", "Check", "Status", "Severity", "Detail"), findings, (Finding f) -> new Object[] {
                        f.cluster(), f.check(), f.status().value(), f.severity().value(), f.detail() });
    }

}
