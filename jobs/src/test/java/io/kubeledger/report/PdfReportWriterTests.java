package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.report.PdfDocument.Line;

class PdfReportWriterTests {

    private static final PdfReportWriter WRITER = new PdfReportWriter();

    @TempDir
    Path work;

    @Test
    void writesTheSameBytesForTheSameDocumentDatedByItsReportDateNotTheClock() throws Exception {
        // given
        PdfDocument document = statement("payments", "payments in aks-prod-weu");

        // when: written twice
        Path first = work.resolve("first.pdf");
        WRITER.write(document, first);
        Path second = work.resolve("second.pdf");
        WRITER.write(document, second);

        // then: the same bytes, and every date of the document information is the report
        // date's, none the moment
        // it was written, which would make a rerun's file differ
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (PDDocument pdf = Loader.loadPDF(first.toFile())) {
            COSDictionary information = pdf.getDocumentInformation().getCOSObject();
            assertThat(information.keySet()).extracting(COSName::getName).contains("CreationDate");
            for (COSName key : information.keySet()) {
                String value = information.getString(key);
                if (value != null && value.startsWith("D:")) {
                    assertThat(value).as(key.getName()).startsWith("D:20261031000000");
                }
            }
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    @Test
    void rightToLeftTextKeepsItsReadingOrder() throws Exception {
        // given: a Hebrew team name, alone and inside a left-to-right sentence, and an
        // Arabic detail
        PdfDocument document = statement("תשלומים", "فريق الدفع");

        // when
        Path file = work.resolve("statement.pdf");
        WRITER.write(document, file);

        // then: a reader gets each text back in its reading order, not its characters
        // reversed
        assertThat(text(file)).contains("charged to תשלומים.", "תשלומים payments-jobs", "فريق الدفع")
            .doesNotContain("םימולשת", "عفدلا قيرف");
    }

    @Test
    void everyPageSaysWhichOfHowManyItIs() throws Exception {
        // given: lines enough for three pages
        PdfDocument document = ofOneLineEach(IntStream.range(0, 150)
            .mapToObj(i -> Line.cost("Cost by namespace", "namespace-" + i, null, BigDecimal.ONE, 0.01))
            .toList());

        // when
        Path file = work.resolve("long.pdf");
        WRITER.write(document, file);

        // then
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            assertThat(lastPage.getText(pdf)).contains("Page " + pages + " of " + pages)
                .contains("kubeledger · statement of payments · 2026-10 · data through 2026-10-31");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).contains("Page 1 of " + pages);
        }
    }

    @Test
    void noPageEndsWithASectionsHeadingAndAContinuedSectionRepeatsIt() throws Exception {
        // given: 40 sections of 7 lines, so that page ends fall at every place of a
        // section
        PdfDocument document = ofOneLineEach(IntStream.range(0, 280)
            .mapToObj(i -> Line.cost("Section " + i / 7, "line " + i, null, BigDecimal.ONE, 0.01))
            .toList());

        // when
        Path file = work.resolve("sections.pdf");
        WRITER.write(document, file);

        // then: the last line above each page's footer is a section's line, and each page
        // opens with a heading
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                List<String> body = text.getText(pdf).lines().filter(l -> !l.contains(" · data through ")).toList();
                assertThat(body.get(body.size() - 1)).as("page %d's last line", page).startsWith("line ");
                assertThat(body.get(0)).as("page %d's first line", page).startsWith("Section ");
            }
        }
    }

    @Test
    void aChartIsASectionOfItsOwnTitledOnTheSamePageWithoutColumnHeadings() throws Exception {
        // given: lines that nearly fill the first page, then a chart, then a section of
        // lines
        List<Line> lines = new ArrayList<>(IntStream.range(0, 38)
            .mapToObj(i -> Line.cost("Cost by " + "namespace", "namespace-" + i, null, BigDecimal.ONE, 0.01))
            .toList());
        lines.add(Line.chart("Idle capacity: each cluster's idle cost in percent of its bill",
                ReportCharts.idle(List.of(new MonthlyReport.ClusterCost("aks-prod-weu", new BigDecimal("110"),
                        new BigDecimal("25"), new BigDecimal("100"), new BigDecimal("75"))))));
        lines.add(Line.cost("After the chart", "namespace-after", null, BigDecimal.ONE, 0.01));

        // when
        Path file = work.resolve("chart.pdf");
        WRITER.write(ofOneLineEach(lines), file);

        // then: the chart's title and its bar on one page, no column headings over it
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String page = text.getText(pdf);
            assertThat(page).contains("Idle capacity: each cluster's idle cost in percent of its bill",
                    "After the chart");
            assertThat(page.substring(page.indexOf("Idle capacity"), page.indexOf("After the chart")))
                .doesNotContain("Name");
            BufferedImage rendered = new PDFRenderer(pdf).renderImage(1);
            long barPixels = IntStream.range(0, rendered.getHeight())
                .mapToLong(y -> IntStream.range(0, rendered.getWidth())
                    .filter(x -> (rendered.getRGB(x, y) & 0xFFFFFF) == 0xE69F00)
                    .count())
                .sum();
            assertThat(barPixels).as("pixels of the bar's colour").isGreaterThan(1_000);
        }
    }

    /** A statement of payments of the lines, each of 1.00. */
    private static PdfDocument ofOneLineEach(List<Line> lines) {
        return new PdfDocument("kubeledger · statement of payments", "2026-10", LocalDate.of(2026, 10, 31), "final",
                "USD", BigDecimal.valueOf(lines.size()), List.of(), "notes", null, lines);
    }

    /**
     * A statement of the team, with a line of its namespace and one of the given detail.
     */
    private static PdfDocument statement(String team, String detail) {
        List<Line> lines = List.of(Line.cost("What the team pays for", team, "payments-jobs in aks-prod-weu",
                new BigDecimal("1234.56"), 0.75),
                Line.cost("What the team pays for", "payments", detail, new BigDecimal("411.52"), 0.25));
        return new PdfDocument("kubeledger · statement of " + team, "2026-10", LocalDate.of(2026, 10, 31), "final",
                "USD", new BigDecimal("1646.08"), List.of(), "This statement shows the costs charged to " + team + ".",
                null, lines);
    }

    private static String text(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

}
