package io.kubeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.sf.jasperreports.renderers.Renderable;

/**
 * What one PDF shows: the headline (title, month, status, total, then the headline
 * figures, one a line: the comparison with last month, the forecast, the budget, the
 * savings), a paragraph of notes, the headline chart, and the lines of its sections, some
 * of them charts; it is dated its report date. {@code chart} may be null.
 */
record PdfDocument(String title, String month, LocalDate reportDate, String status, String currency, BigDecimal total,
        List<String> headlines, String notes, Renderable chart, List<Line> lines) {

    static final String COST = "Cost";
    static final String SAVING = "Saving a month";

    /**
     * One printed line of a section, with a note printed under it when there is one, and
     * under that a command in a monospace block ({@link CommandBlock}) when there is one.
     * {@code amountHeading} is the section's amount column (null: the section has none);
     * {@code share} is null where a share makes no sense. A line with a {@code chart} is
     * the chart alone, the width of the page, under its section's title.
     */
    record Line(String section, String label, String detail, BigDecimal amount, Double share, String amountHeading,
            String note, String command, Renderable chart) {

        Line(String section, String label, String detail, BigDecimal amount, Double share, String amountHeading,
                String note) {
            this(section, label, detail, amount, share, amountHeading, note, null, null);
        }

        Line withCommand(String shellCommand) {
            return new Line(section, label, detail, amount, share, amountHeading, note,
                    CommandBlock.wrap(shellCommand, CommandBlock.COLUMNS), null);
        }

        /** A section of its own holding one chart. */
        static Line chart(String section, Renderable chart) {
            return new Line(section, null, null, null, null, null, null, null, chart);
        }

        static Line cost(String section, String label, String detail, BigDecimal amount, double share) {
            return new Line(section, label, detail, amount, share, COST, null);
        }

        static Line saving(String section, String label, String detail, BigDecimal amount, String note) {
            return new Line(section, label, detail, amount, null, SAVING, note);
        }

        static Line text(String section, String label, String detail, String note) {
            return new Line(section, label, detail, null, null, null, note);
        }

        /**
         * Adds the line unless its amount is zero: a kind a team does not pay for is left
         * out.
         */
        static void addIfNotZero(List<Line> lines, Line line) {
            if (line.amount().signum() != 0) {
                lines.add(line);
            }
        }
    }
}
