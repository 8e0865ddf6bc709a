package io.kubeledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a reader of the reports sees, read back by POI and PDFBox: to compare two runs'
 * reports.
 */
final class ReportContents {

    private ReportContents() {
    }

    /**
     * Every non-empty cell of the workbook as {@code sheet!A1=value}, the value as POI
     * reads it (not formatted).
     */
    static List<String> cells(Path xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            DataFormatter raw = new DataFormatter();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case NUMERIC -> Double.toString(cell.getNumericCellValue());
                            case FORMULA -> cell.getCellFormula();
                            default -> raw.formatCellValue(cell);
                        };
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
                        }
                    }
                }
            }
        }
        return cells;
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

}
