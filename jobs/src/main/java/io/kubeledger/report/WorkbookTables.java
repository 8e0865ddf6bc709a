package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.rightsizing.Quantities;

/**
 * The workbook's machinery, apart from what each sheet holds: a sheet of one row per item
 * with its header, widths, totals and print setup; a cell by its value's type (amounts in
 * the currency, dates, shares, GB, cores, MiB, text kept from being taken for a formula);
 * the styles of one workbook.
 */
final class WorkbookTables {

    /**
     * Text starting with one of these is what a spreadsheet takes for a formula. Names
     * come from labels and configuration, so such text is marked literal
     * (quote-prefixed): shown and edited as text, never run.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final int MAX_WIDTH = 60;

    /** Wide enough for the quantities, shares and counts the sheets show. */
    private static final int NUMBER_WIDTH = 12;

    /** A sheet with more columns than these is printed landscape. */
    private static final int PORTRAIT_COLUMNS = 6;

    private static final int DATE_WIDTH = 10;
    static final String TOTAL = "Total";

    private WorkbookTables() {
    }

    /**
     * A sheet of one row per item, with a frozen and filtered header, and under the items
     * a totals row of each money column (a SUBTOTAL, so that it sums what a filter
     * shows). Columns are as wide as their longest text (at most {@value #MAX_WIDTH}
     * characters): measured while writing, since POI's auto-size measures every cell's
     * glyphs again and costs seconds on large sheets.
     */
    static <T> void table(SXSSFWorkbook workbook, Styles styles, String name, List<String> headers, List<T> items,
            Function<T, Object[]> cells) {
        table(workbook, styles, name, headers, items, cells, null);
    }

    /**
     * The rows a sheet's totals add up, where it lists an item and its parts (a team's
     * movers above its namespaces'): those whose {@code column} holds {@code value};
     * summed by a SUMIFS, which a filter does not narrow.
     */
    record TotalOf(int column, String value) {

        boolean counts(Object[] values) {
            return value.equals(values[column]);
        }
    }

    /** {@link #table}, its totals of the rows {@code totalOf} picks (all, when null). */
    static <T> void table(SXSSFWorkbook workbook, Styles styles, String name, List<String> headers, List<T> items,
            Function<T, Object[]> cells, TotalOf totalOf) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int[] widths = new int[headers.size()];
        BigDecimal[] totals = new BigDecimal[headers.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            widths[c] = headers.get(c).length();
        }
        int r = 1;
        for (T item : items) {
            Object[] values = cells.apply(item);
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                set(row.createCell(c), values[c], styles);
                widths[c] = Math.max(widths[c], displayLength(values[c]));
                if (values[c] instanceof BigDecimal money && (totalOf == null || totalOf.counts(values))) {
                    totals[c] = totals[c] == null ? money : totals[c].add(money);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        totalsRow(sheet, styles, totals, r, totalOf);
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, (Math.min(MAX_WIDTH, widths[c]) + 3) * 256);
        }
        printSetup(sheet, headers.size() > PORTRAIT_COLUMNS);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /**
     * The row under the items: "Total" and the sum of each money column (of the rows
     * {@code totalOf} picks, when not null), none when the sheet has no money.
     */
    private static void totalsRow(SXSSFSheet sheet, Styles styles, BigDecimal[] totals, int rowIndex, TotalOf totalOf) {
        if (Arrays.stream(totals).allMatch(Objects::isNull)) {
            return;
        }
        Row row = sheet.createRow(rowIndex);
        Cell label = row.createCell(0);
        label.setCellValue(TOTAL);
        label.setCellStyle(styles.bold);
        for (int c = 1; c < totals.length; c++) {
            if (totals[c] != null) {
                String column = CellReference.convertNumToColString(c);
                Cell cell = row.createCell(c);
                String range = column + "2:" + column + rowIndex;
                cell.setCellFormula(totalOf == null ? "SUBTOTAL(109," + range + ")"
                        : "SUMIFS(" + range + "," + CellReference.convertNumToColString(totalOf.column()) + "2:"
                                + CellReference.convertNumToColString(totalOf.column()) + rowIndex + ",\""
                                + totalOf.value() + "\")");
                // The sum as it stands, kept with the formula for readers that do not
                // compute it.
                cell.setCellValue(totals[c].doubleValue());
                cell.setCellStyle(styles.totalMoney);
            }
        }
    }

    /** Printed a page wide, landscape when the sheet is wide. */
    static void printSetup(SXSSFSheet sheet, boolean wide) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setLandscape(wide);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    }

    /**
     * About how many characters a value takes once formatted: money with its separators
     * and currency.
     */
    private static int displayLength(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal money) {
            return money.setScale(2, RoundingMode.HALF_EVEN).toPlainString().length() + 6;
        }
        if (value instanceof LocalDate) {
            return DATE_WIDTH;
        }
        return value instanceof String text ? text.length() : NUMBER_WIDTH;
    }

    static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal money) {
            cell.setCellValue(money.doubleValue());
            cell.setCellStyle(styles.money);
        }
        else if (value instanceof Gigabytes gb) {
            cell.setCellValue(gb.value().doubleValue());
            cell.setCellStyle(styles.gigabytes);
        }
        else if (value instanceof Cores cores) {
            cell.setCellValue(cores.value());
            cell.setCellStyle(styles.cores);
        }
        else if (value instanceof Mebibytes mebibytes) {
            cell.setCellValue(mebibytes.bytes() / Quantities.MIB);
            cell.setCellStyle(styles.whole);
        }
        else if (value instanceof Share share) {
            cell.setCellValue(share.fraction());
            cell.setCellStyle(styles.percent);
        }
        else if (value instanceof Long || value instanceof Integer) {
            cell.setCellValue(((Number) value).longValue());
            cell.setCellStyle(styles.whole);
        }
        else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        }
        else if (value != null) {
            String text = value.toString();
            cell.setCellValue(text);
            if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
                cell.setCellStyle(styles.literalText);
            }
        }
    }

    static final class Styles {

        final CellStyle header;

        final CellStyle bold;

        final CellStyle money;

        final CellStyle percent;

        final CellStyle gigabytes;

        final CellStyle wrapped;

        final CellStyle literalText;

        final CellStyle cores;

        final CellStyle whole;

        final CellStyle totalMoney;

        final CellStyle date;

        Styles(SXSSFWorkbook workbook, String currency) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"" + currency + "\""));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            gigabytes = workbook.createCellStyle();
            gigabytes.setDataFormat(workbook.createDataFormat().getFormat("#,##0.000"));
            cores = workbook.createCellStyle();
            cores.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            literalText = workbook.createCellStyle();
            literalText.setQuotePrefixed(true);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            totalMoney = workbook.createCellStyle();
            totalMoney.cloneStyleFrom(money);
            totalMoney.setFont(boldFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

    }

    /** A fraction shown as a percentage. */
    record Share(double fraction) {

        /** A change as a percent cell, none without a base. */
        static Share of(Double fraction) {
            return fraction == null ? null : new Share(fraction);
        }
    }

    /** A quantity of decimal GB. */
    record Gigabytes(BigDecimal value) {
    }

    /** CPU cores, shown to the millicore. */
    record Cores(double value) {
    }

    /** Memory bytes, shown in whole MiB. */
    record Mebibytes(double bytes) {
    }

}
