package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

class EscapingSheetDataWriterTests {

    /** Every character POI treats apart, among plain ones, and a character outside the BMP (a surrogate pair). */
    private static final String AWKWARD = "a\tb\nc\rd\"e&f<g>h\u00a0i\u0001j\u001fk\ufffel\uffffm \u2192 \ud83d\udcb6 "
            + "\ud800 lone  <&>";

    @Test
    void writesWhatPoiWrites() throws IOException {
        // given: a row with the awkward text, a plain text and an empty one
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            SXSSFRow row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(AWKWARD);
            row.createCell(1).setCellValue("plain");
            row.createCell(2).setCellValue("");

            // when: POI's writer and ours write it
            String poi = written(new SheetDataWriter((SharedStringsTable) null), row);
            String ours = written(new EscapingSheetDataWriter(null), row);

            // then
            assertThat(ours).isEqualTo(poi).contains("&#x9;", "&#xa0;", "?", "\ud83d\udcb6", "&lt;&amp;&gt;");
        }
    }

    private static String written(SheetDataWriter writer, SXSSFRow row) throws IOException {
        writer.writeRow(0, row);
        writer.close();
        try (InputStream xml = writer.getWorksheetXMLInputStream()) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
