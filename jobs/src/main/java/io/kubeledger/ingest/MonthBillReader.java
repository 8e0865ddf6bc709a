package io.kubeledger.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kubeledger.run.DayRange;

/**
 * Reads the month's bill day by day from the newest export run that has rows of each day:
 * a shorter run submitted after a fuller one (an on-demand run of a few days) replaces
 * only its own days, a day a run covers but has no row of yet (usage arrives up to a day
 * late) is not billed nothing, and a run with no row at all (an empty run) changes
 * nothing. Runs are read newest first, and only while days they cover are left. Only the
 * currency of the rows it charges, the fleet's, must be the job's: a bill whose other
 * resources are in another currency is read, one that charges the fleet in another is
 * refused, naming the resources.
 */
final class MonthBillReader {

    private static final Logger LOG = LoggerFactory.getLogger(MonthBillReader.class);

    private static final String FOCUS_COST = "FocusCost";

    private static final int RESOURCES_NAMED = 5;

    private final CostExportReader reader;

    private final Supplier<BilledCosts> newSums;

    private final String currency;

    MonthBillReader(CostExportReader reader, Supplier<BilledCosts> newSums, String currency) {
        this.reader = reader;
        this.newSums = newSums;
        this.currency = currency;
    }

    /**
     * What the runs, newest first, bill of the days; {@code eachRow} runs for every row
     * read.
     */
    ComposedBill read(List<CostExportManifest> newestFirst, DayRange charged, Runnable eachRow) {
        SortedSet<LocalDate> unclaimed = new TreeSet<>(charged.days());
        BilledCosts total = newSums.get();
        BilledCosts priorPeriods = newSums.get();
        List<BilledRun> runs = new ArrayList<>();
        List<CostExportManifest> empty = new ArrayList<>();
        long rowsRead = 0;
        boolean priorPeriodsRead = false;
        for (CostExportManifest run : newestFirst) {
            SortedSet<LocalDate> open = new TreeSet<>(unclaimed.stream().filter(run::covers).toList());
            if (open.isEmpty()) {
                continue;
            }
            RunRead read = read(run, open, charged.start(), eachRow);
            rowsRead += read.rows();
            if (read.days().isEmpty()) {
                LOG.info("export run {} has no row of the days {} to {}: skipped, those days stay with older runs",
                        run.runId(), open.first(), open.last());
                empty.add(run);
                continue;
            }
            unclaimed.removeAll(read.days());
            if (!priorPeriodsRead && read.hasEarlier()) {
                priorPeriods.addAll(read.earlier());
                priorPeriodsRead = true;
            }
            total.addAll(read.sums());
            runs.add(new BilledRun(run, read.days(), read.sums().byCluster().keySet(),
                    read.sums().byWorkspaceResourceId().keySet()));
        }
        return new ComposedBill(runs, empty, total, priorPeriods, rowsRead);
    }

    /**
     * One run's rows: of the {@code open} days, summed, and the days they are of (a day
     * of the run's range with no row, its usage not arrived yet, is not billed nothing by
     * the run: not at all); of days before {@code monthStart}, summed apart, and whether
     * the run has any such row (of any resource); the rows read in all.
     */
    private record RunRead(BilledCosts sums, SortedSet<LocalDate> days, BilledCosts earlier, long rows,
            boolean hasEarlier) {
    }

    private RunRead read(CostExportManifest run, SortedSet<LocalDate> open, LocalDate monthStart, Runnable eachRow) {
        requireFocusCost(run);
        LOG.info("reading the bill: export run {} ({} to {}, submitted {}) for the days {} to {}", run.runId(),
                run.startDate(), run.endDate(), run.submitted(), open.first(), open.last());
        BilledCosts sums = newSums.get();
        BilledCosts earlier = newSums.get();
        SortedSet<LocalDate> days = new TreeSet<>();
        SortedSet<String> otherCurrency = new TreeSet<>();
        long[] rows = { 0, 0 };
        reader.read(run, row -> {
            rows[0]++;
            eachRow.run();
            BilledCosts into = row.day().isBefore(monthStart) ? earlier : open.contains(row.day()) ? sums : null;
            if (into == sums) {
                days.add(row.day());
            }
            else if (into == earlier) {
                rows[1]++;
            }
            if (into != null && into.add(row) && !row.currency().isEmpty()
                    && !row.currency().equalsIgnoreCase(currency)) {
                otherCurrency.add(row.resourceId() + " (" + row.currency() + ")");
            }
        });
        requireCurrency(run, otherCurrency);
        return new RunRead(sums, days, earlier, rows[0], rows[1] > 0);
    }

    private static void requireFocusCost(CostExportManifest run) {
        if (!run.type().isEmpty() && !run.type().equalsIgnoreCase(FOCUS_COST)) {
            throw new BillUnreadableException("export run " + run.runId() + " (" + run.location() + ") is a "
                    + run.type() + " export: kubeledger reads FocusCost exports", null);
        }
    }

    private void requireCurrency(CostExportManifest run, SortedSet<String> otherCurrency) {
        if (otherCurrency.isEmpty()) {
            return;
        }
        List<String> named = otherCurrency.stream().limit(RESOURCES_NAMED).toList();
        throw new BillUnreadableException("export run " + run.runId() + " (" + run.location() + ") bills the fleet's "
                + "resources in another currency than kubeledger.currency " + currency + ": " + String.join(", ", named)
                + (otherCurrency.size() > named.size() ? " and " + (otherCurrency.size() - named.size()) + " more" : "")
                + "; set kubeledger.currency to the bill's, or export the bill in " + currency, null);
    }

    /**
     * The runs that make the month's bill, newest first, with their days; the empty runs
     * passed over; the sums; and the rows of days before the month (corrections of
     * earlier periods on this month's invoice), summed apart, of the newest run read that
     * has any: each month-to-date run carries all of the invoice's so far, and a run of a
     * few days none.
     */
    record ComposedBill(List<BilledRun> runs, List<CostExportManifest> emptyRuns, BilledCosts billed,
            BilledCosts priorPeriods, long rowsRead) {

        /** The last day billed; null when no run had a row of the days. */
        LocalDate billedThrough() {
            return runs.stream().map(run -> run.days().last()).max(LocalDate::compareTo).orElse(null);
        }
    }

}
