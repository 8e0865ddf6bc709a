package io.kubeledger.compliance;

import java.time.LocalDateTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a cluster's audit archive holds, read from blob names
 * ({@code …/y=YYYY/m=MM/d=DD/h=HH/m=00/PT1H.json}), never from the blobs. A name that
 * does not follow the pattern is counted, not guessed at.
 */
public final class ArchiveHours {

    private static final Pattern HOUR = Pattern
        .compile("/y=(\\d{4})/m=(\\d{2})/d=(\\d{2})/h=(\\d{2})/m=00/PT1H\\.json$");

    private final TreeSet<LocalDateTime> hours = new TreeSet<>();

    private final List<String> unexpectedNames = new ArrayList<>();

    /**
     * Takes one blob name; the listing calls this for every blob under the cluster's
     * prefix.
     */
    public void add(String blobName) {
        Matcher hour = HOUR.matcher(blobName);
        if (!hour.find()) {
            unexpectedNames.add(blobName);
            return;
        }
        try {
            hours.add(LocalDateTime.of(Integer.parseInt(hour.group(1)), Integer.parseInt(hour.group(2)),
                    Integer.parseInt(hour.group(3)), Integer.parseInt(hour.group(4)), 0));
        }
        catch (DateTimeException e) {
            unexpectedNames.add(blobName);
        }
    }

    public boolean isEmpty() {
        return hours.isEmpty();
    }

    public LocalDateTime oldest() {
        return hours.first();
    }

    public boolean contains(LocalDateTime hour) {
        return hours.contains(hour);
    }

    public List<String> unexpectedNames() {
        return List.copyOf(unexpectedNames);
    }

    /**
     * An hour as a UTC instant, for readers of the details: {@code 2026-10-14T22:00Z}.
     */
    static String utc(LocalDateTime hour) {
        return hour + "Z";
    }

}
