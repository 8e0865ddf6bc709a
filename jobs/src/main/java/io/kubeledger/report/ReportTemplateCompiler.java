package io.kubeledger.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} of {@code report-templates/} to a {@code .jasper} file.
 * The build runs it (Maven's process-classes phase), so a broken template fails the build
 * and a run never pays for compiling.
 */
public final class ReportTemplateCompiler {

    private ReportTemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replace(".jrxml", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
        }
    }

}
