package io.kubeledger.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.common.PdfProducer;

import io.kubeledger.report.PdfDocument.Line;

/**
 * Fills the compiled {@code monthly-report} template with a {@link PdfDocument} and
 * exports it to PDF with DejaVu fonts embedded, titled, and the same bytes on a rerun
 * ({@link ReproduciblePdfProducer}). With its producer, the only class that knows
 * JasperReports.
 */
public final class PdfReportWriter {

    private static final String TEMPLATE = "/report-templates/monthly-report.jasper";

    private final JasperReport template;

    public PdfReportWriter() {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath: build with mvn package");
            }
            template = (JasperReport) JRLoader.loadObject(in);
        }
        catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load the report template " + TEMPLATE, e);
        }
    }

    void write(PdfDocument document, Path file) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", document.title());
        parameters.put("month", document.month());
        parameters.put("reportDate", document.reportDate().toString());
        parameters.put("status", document.status());
        parameters.put("currency", document.currency());
        parameters.put("total", document.total());
        parameters.put("headlines", document.headlines().isEmpty() ? null : String.join("\n", document.headlines()));
        parameters.put("notes", document.notes());
        parameters.put("chart", document.chart());
        try {
            JasperPrint print = JasperFillManager.fillReport(template, parameters,
                    new LineDataSource(document.lines()));
            Files.createDirectories(file.getParent());
            export(print, document, file);
        }
        catch (JRException e) {
            throw new IllegalStateException("cannot write the PDF report " + file, e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report " + file, e);
        }
    }

    private static void export(JasperPrint print, PdfDocument document, Path file) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter() {
            @Override
            protected PdfProducer createPdfProducer() {
                return new ReproduciblePdfProducer(createPdfProducerContext(), document.reportDate(),
                        document.title() + "\n" + document.month());
            }
        };
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(document.title());
        exporter.setConfiguration(configuration);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
        exporter.exportReport();
    }

    /**
     * Feeds {@link Line}s to the template; JasperReports' bean data source cannot read
     * records.
     */
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
                case "command" -> current.command();
                case "chart" -> current.chart();
                default ->
                    throw new IllegalArgumentException("the template asks for an unknown field " + field.getName());
            };
        }

    }

}
