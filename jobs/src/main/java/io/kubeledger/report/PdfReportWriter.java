package io.kubeledger.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Status;
import io.kubeledger.report.MonthlyReport.InputCounts;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.rightsizing.ChangeCommands;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.Quantities;
import io.kubeledger.rightsizing.RequestAction;

/**
 * Fills the compiled {@code monthly-report} template and exports it to PDF with DejaVu fonts embedded. The only
 * class that knows JasperReports.
 */
public final class PdfReportWriter {

    private static final String TEMPLATE = "/report-templates/monthly-report.jasper";
    private static final int TOP_NAMESPACES = 40;
    private static final int TOP_CHANGES_PER_TEAM = 3;
    private static final String COST = "Cost";
    private static final String SAVING = "Saving a month";

    private final JasperReport template;

    public PdfReportWriter() {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath: build with mvn package");
            }
            template = (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load the report template " + TEMPLATE, e);
        }
    }

    public void write(MonthlyReport report, Path file) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("month", report.month().toString());
        parameters.put("status", report.status());
        parameters.put("currency", report.currency());
        parameters.put("total", report.total());
        parameters.put("notes", notes(report));
        try {
            JasperPrint print = JasperFillManager.fillReport(template, parameters, new LineDataSource(lines(report)));
            Files.createDirectories(file.getParent());
            JasperExportManager.exportReportToPdfFile(print, file.toString());
        } catch (JRException e) {
            throw new IllegalStateException("cannot write the PDF report " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report " + file, e);
        }
    }

    private static String notes(MonthlyReport report) {
        StringBuilder notes = new StringBuilder(String.join(" ", report.explanation()));
        if (!report.unregisteredTeams().isEmpty()) {
            notes.append(" Unregistered teams (named by a label, not configured): ")
                    .append(String.join(", ", report.unregisteredTeams())).append('.');
        }
        InputCounts inputs = report.inputs();
        notes.append(" OpenCost rows read (month to date and the rightsizing lookback): ").append(inputs.opencostRowsRead())
                .append("; quarantined: ").append(inputs.opencostRowsQuarantined())
                .append(". Log Analytics rows read: ").append(inputs.logRowsRead())
                .append("; quarantined: ").append(inputs.logRowsQuarantined()).append('.');
        return notes.toString();
    }

    private static List<Line> lines(MonthlyReport report) {
        List<Line> lines = new ArrayList<>();
        report.teams().forEach(t -> lines.add(new Line("Cost per team", t.team(),
                (t.costCenter() == null ? "" : t.costCenter()) + (t.registered() ? "" : " · unregistered"),
                t.cost(), report.share(t.cost()))));
        rightsizing(report, lines);
        compliance(report, lines);
        report.teams().forEach(t -> {
            String section = "What each team pays for";
            addIfNotZero(lines, new Line(section, t.team(), "workload", t.workload(), report.share(t.workload())));
            addIfNotZero(lines, new Line(section, t.team(), "container logs", t.containerLogs(),
                    report.share(t.containerLogs())));
            addIfNotZero(lines, new Line(section, t.team(), "shared namespaces", t.shared(), report.share(t.shared())));
            addIfNotZero(lines, new Line(section, t.team(), "monitoring", t.monitoring(), report.share(t.monitoring())));
        });
        report.clusters().forEach(c -> lines.add(new Line("Cost per cluster", c.cluster(), null, c.cost(),
                report.share(c.cost()))));
        report.ingestion().forEach(i -> lines.add(new Line("Log Analytics ingestion", i.workspace() + " / " + i.table(),
                i.plan() + " · " + String.format(Locale.ROOT, "%,.3f GB", i.billableGb()), i.cost(),
                report.share(i.cost()))));
        String namespaces = "Top namespaces" + (report.namespaces().size() > TOP_NAMESPACES
                ? " (" + TOP_NAMESPACES + " of " + report.namespaces().size() + "; all in the workbook)" : "");
        report.namespaces().stream()
                .sorted((a, b) -> b.cost().compareTo(a.cost()))
                .limit(TOP_NAMESPACES)
                .forEach(n -> lines.add(new Line(namespaces, n.cluster() + " / " + display(n.namespace()), n.team(),
                        n.cost(), report.share(n.cost()))));
        return lines;
    }

    /** The savings first, then each team's biggest changes, then the table plans, each with how to apply it. */
    private static void rightsizing(MonthlyReport report, List<Line> lines) {
        Rightsizing rightsizing = report.rightsizing();
        String summary = "Rightsizing: what could be saved a month";
        lines.add(saving(summary, "Containers to downsize", rightsizing.containers(RequestAction.DOWNSIZE).size()
                + " containers", rightsizing.savings(RequestAction.DOWNSIZE), null));
        lines.add(saving(summary, "Abandoned workloads", rightsizing.containers(RequestAction.ABANDONED).size()
                + " containers", rightsizing.savings(RequestAction.ABANDONED), null));
        lines.add(saving(summary, "Log Analytics table plans", rightsizing.tableChanges().size() + " tables",
                rightsizing.tableSavings(), null));
        lines.add(saving(summary, "Potential savings", null, rightsizing.potentialSavings(), null));
        lines.add(saving(summary, "Containers at risk: upsize", rightsizing.containers(RequestAction.UPSIZE).size()
                + " containers", rightsizing.savings(RequestAction.UPSIZE),
                "Their usage exceeds their requests or leaves too little headroom; the change costs this much."));
        String perTeam = "Rightsizing: each team's biggest changes (all in the workbook)";
        report.teams().forEach(team -> rightsizing.changesOf(team.team()).stream().limit(TOP_CHANGES_PER_TEAM)
                .forEach(r -> lines.add(saving(perTeam, team.team() + " · " + r.key().container(),
                        r.action().value() + " · " + requestChange(r), r.monthlySavings(),
                        r.key().cluster() + ": " + ChangeCommands.forContainer(r)))));
        String tables = "Rightsizing: Log Analytics table plans";
        rightsizing.tableChanges().forEach(t -> lines.add(saving(tables, t.usage().workspace() + " / "
                + t.usage().table(), t.usage().plan() + " → " + t.recommendedPlan(), t.monthlySavings(),
                t.reason() + ". " + ChangeCommands.forTable(t))));
    }

    /** Each cluster's tally, then every warning and failure with its evidence, worst first. */
    private static void compliance(MonthlyReport report, List<Line> lines) {
        String summary = "Compliance: control-plane logs and the audit archive";
        Map<String, List<Finding>> byCluster = new LinkedHashMap<>();
        report.compliance().forEach(f -> byCluster.computeIfAbsent(f.cluster(), c -> new ArrayList<>()).add(f));
        byCluster.forEach((cluster, findings) -> lines.add(new Line(summary, cluster, tally(findings), null, null,
                null, null)));
        String attention = "Compliance: what needs attention";
        report.compliance().stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.WARN)
                .sorted(Comparator.comparing((Finding f) -> f.status() != Status.FAIL)
                        .thenComparing(f -> f.severity().ordinal(), Comparator.reverseOrder()))
                .forEach(f -> lines.add(new Line(attention, f.cluster() + " · " + f.check(), f.status().value()
                        + " · " + f.severity().value(), null, null, null, f.detail())));
    }

    private static String tally(List<Finding> findings) {
        return Arrays.stream(Status.values()).filter(s -> findings.stream().anyMatch(f -> f.status() == s))
                .map(s -> findings.stream().filter(f -> f.status() == s).count() + " " + s.value())
                .collect(Collectors.joining(" · "));
    }

    private static String requestChange(ContainerRecommendation r) {
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

    private static Line saving(String section, String label, String detail, BigDecimal amount, String note) {
        return new Line(section, label, detail, amount, null, SAVING, note);
    }

    private static void addIfNotZero(List<Line> lines, Line line) {
        if (line.amount().signum() != 0) {
            lines.add(line);
        }
    }

    private static String display(String namespace) {
        return namespace.isEmpty() ? "(no namespace)" : namespace;
    }

    /** One printed line of a section, with a note printed under it when there is one. */
    private record Line(String section, String label, String detail, BigDecimal amount, Double share,
            String amountHeading, String note) {

        Line(String section, String label, String detail, BigDecimal amount, double share) {
            this(section, label, detail, amount, share, COST, null);
        }
    }

    /** Feeds {@link Line}s to the template; JasperReports' bean data source cannot read records. */
    private static final class LineDataSource implements JRDataSource {
        private final Iterator<Line> lines;
        private Line current;

        LineDataSource(List<Line> lines) {
            this.lines = lines.iterator();
        }

        @Override
        public boolean next() {
            current = lines.hasNext() ? lines.next() : null;
            return current != null;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return switch (field.getName()) {
                case "section" -> current.section();
                case "label" -> current.label();
                case "detail" -> current.detail();
                case "amount" -> current.amount();
                case "share" -> current.share();
                case "amountHeading" -> current.amountHeading();
                case "note" -> current.note();
                default -> throw new IllegalArgumentException("the template asks for an unknown field " + field.getName());
            };
        }
    }
}
