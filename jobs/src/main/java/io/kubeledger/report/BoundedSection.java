package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.kubeledger.report.PdfDocument.Line;

/**
 * A section of a PDF whose lines grow with the fleet (one per cluster, workspace table or
 * finding) kept to a page or so: past {@link #SHOWN} lines, it lists the largest (the
 * first, where its lines carry no amount) and one line for the rest, whose amount is
 * their sum, so that the section still adds up to what it did. The PDFs of 400 clusters
 * are then about as long as those of 40; the workbook's sheet, which the rest's line
 * names, keeps every line.
 */
final class BoundedSection {

    static final int SHOWN = 25;

    private BoundedSection() {
    }

    /**
     * A statement's section: its {@link #SHOWN} largest lines and the rest's sum;
     * {@code what} names the rest ("clusters"). A team lead does not get the workbook, so
     * the line does not point to it.
     */
    static List<Line> of(List<Line> lines, String what) {
        return bounded(lines, what, null);
    }

    /**
     * An executive report's section, the rest's line naming the workbook's {@code sheet}
     * that lists them all.
     */
    static List<Line> inWorkbook(List<Line> lines, String what, String sheet) {
        return bounded(lines, what, "every one in the workbook's " + sheet + " sheet");
    }

    private static List<Line> bounded(List<Line> lines, String what, String where) {
        if (lines.size() <= SHOWN) {
            return lines;
        }
        boolean amounts = lines.stream().allMatch(line -> line.amount() != null);
        List<Line> ordered = new ArrayList<>(lines);
        if (amounts) {
            ordered.sort(Comparator.comparing((Line line) -> line.amount().abs()).reversed());
        }
        List<Line> shown = new ArrayList<>(ordered.subList(0, SHOWN));
        List<Line> rest = ordered.subList(SHOWN, ordered.size());
        Line first = lines.get(0);
        String label = "… and " + rest.size() + " more " + what;
        shown.add(amounts
                ? new Line(first.section(), label, where == null ? "together" : "together; " + where, sum(rest),
                        shares(rest), first.amountHeading(), null)
                : new Line(first.section(), label, where, null, null, first.amountHeading(), null));
        return shown;
    }

    private static BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Double shares(List<Line> lines) {
        return lines.stream().map(Line::share).anyMatch(Objects::isNull) ? null
                : lines.stream().mapToDouble(Line::share).sum();
    }

}
