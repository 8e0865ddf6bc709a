package io.kubeledger.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which clusters had data on which days of a period: the OpenCost rows read per cluster
 * and day. A day of a cluster with no row is a gap, whose cost the period's figures lack;
 * a whole month is complete only without a gap. {@code rowsRead} lists every cluster the
 * run was given (a cluster whose export could not be read has no day), each day with the
 * rows read that day; {@link #UNCOUNTED} marks a day known to have data whose rows were
 * not counted. The days, the gaps and the covered days are worked out once: the reports
 * ask for them for every team and namespace.
 */
public final class Coverage {

    /** Rows of a day that has data, from a run recorded before the rows were counted. */
    public static final long UNCOUNTED = -1;

    /**
     * The clusters a PDF's coverage line names; the workbook's Coverage sheet has them
     * all.
     */
    private static final int CLUSTERS_NAMED = 5;

    private final LocalDate from;

    private final LocalDate through;

    private final Map<String, Map<LocalDate, Long>> rowsRead;

    private final List<LocalDate> days;

    private final Map<String, List<LocalDate>> gaps;

    private final List<LocalDate> coveredDays;

    public Coverage(LocalDate from, LocalDate through, Map<String, Map<LocalDate, Long>> rowsRead) {
        this.from = from;
        this.through = through;
        Map<String, Map<LocalDate, Long>> sorted = new TreeMap<>();
        rowsRead.forEach((cluster, days) -> sorted.put(cluster, Collections.unmodifiableMap(new TreeMap<>(days))));
        this.rowsRead = Collections.unmodifiableMap(sorted);
        this.days = from.datesUntil(through.plusDays(1)).toList();
        Map<String, List<LocalDate>> missing = new LinkedHashMap<>();
        this.rowsRead.keySet().forEach(cluster -> {
            List<LocalDate> none = days.stream().filter(day -> rows(cluster, day) == 0).toList();
            if (!none.isEmpty()) {
                missing.put(cluster, none);
            }
        });
        this.gaps = Collections.unmodifiableMap(missing);
        this.coveredDays = days.stream()
            .filter(day -> this.rowsRead.keySet().stream().anyMatch(cluster -> rows(cluster, day) != 0))
            .toList();
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate through() {
        return through;
    }

    public Map<String, Map<LocalDate, Long>> rowsRead() {
        return rowsRead;
    }

    public List<LocalDate> days() {
        return days;
    }

    /** The rows read of a cluster's day: 0 for a gap. */
    public long rows(String cluster, LocalDate day) {
        return rowsRead.getOrDefault(cluster, Map.of()).getOrDefault(day, 0L);
    }

    /**
     * The days of the period a cluster has no data of, by cluster; clusters without a gap
     * are left out.
     */
    public Map<String, List<LocalDate>> gaps() {
        return gaps;
    }

    /** True when every cluster has data on every day of the period. */
    public boolean complete() {
        return !rowsRead.isEmpty() && gaps().isEmpty();
    }

    /**
     * The days on which at least one cluster has data: the days a cost per day is taken
     * over.
     */
    public List<LocalDate> coveredDays() {
        return coveredDays;
    }

    /**
     * {@code data on every day}, {@code data on 14 of 30 days} or
     * {@code 5 cluster-day(s) without data}.
     */
    public String describe() {
        if (complete()) {
            return "data on every day";
        }
        int covered = coveredDays().size();
        if (covered < days().size()) {
            return "data on " + covered + " of " + days().size() + " days";
        }
        return gaps().values().stream().mapToLong(List::size).sum() + " cluster-day(s) without data";
    }

    /** The same clusters over the first days of the period, through {@code day}. */
    public Coverage through(LocalDate day) {
        LocalDate end = day.isBefore(through) ? day : through;
        Map<String, Map<LocalDate, Long>> kept = new TreeMap<>();
        rowsRead.forEach((cluster, days) -> kept.put(cluster,
                days.entrySet()
                    .stream()
                    .filter(e -> !e.getKey().isAfter(end))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        return new Coverage(from, end, kept);
    }

    /**
     * What the reports' first page says of it: {@code Data: every day of all 5 clusters.}
     * or the clusters with gaps, the first few named with their days.
     */
    public String notice() {
        Map<String, List<LocalDate>> gaps = gaps();
        if (gaps.isEmpty()) {
            return "Data: every day " + range(from, through) + " of all " + rowsRead.size() + " clusters.";
        }
        long missingDays = gaps.values().stream().mapToLong(List::size).sum();
        String named = gaps.entrySet()
            .stream()
            .limit(CLUSTERS_NAMED)
            .map(e -> e.getKey() + " " + (e.getValue().size() == days().size() ? "every day" : ranges(e.getValue())))
            .collect(Collectors.joining("; "));
        return "INCOMPLETE DATA: " + gaps.size() + " of " + rowsRead.size() + " clusters have no OpenCost row on "
                + missingDays + " cluster-day(s) " + range(from, through) + ", whose costs these figures lack: " + named
                + (gaps.size() > CLUSTERS_NAMED ? "; and " + (gaps.size() - CLUSTERS_NAMED) + " more" : "")
                + " (the workbook's Coverage sheet has every cluster and day).";
    }

    /** Days as ranges of consecutive days: {@code 2026-10-03 to 07, 2026-10-12}. */
    static String ranges(List<LocalDate> days) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || !days.get(i).equals(days.get(i - 1).plusDays(1))) {
                ranges.add(range(days.get(start), days.get(i - 1)));
                start = i;
            }
        }
        return String.join(", ", ranges);
    }

    /**
     * {@code 2026-10-03}, {@code 2026-10-03 to 07}, or {@code 2026-09-28 to 2026-10-02}.
     */
    static String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return first.toString();
        }
        boolean sameMonth = first.getYear() == last.getYear() && first.getMonth() == last.getMonth();
        return first + " to " + (sameMonth ? String.format("%02d", last.getDayOfMonth()) : last.toString());
    }

}
