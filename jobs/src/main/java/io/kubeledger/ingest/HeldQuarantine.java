package io.kubeledger.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A task's bad rows, held until they can go to the run's quarantine file in a set order:
 * tasks that run side by side would otherwise interleave their entries differently from
 * run to run. It holds no more than the rows of the answers its task holds anyway.
 */
final class HeldQuarantine implements Quarantine {

    private record Entry(String source, long lineNumber, String reason, String row) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void quarantine(String source, long lineNumber, String reason, String row) {
        entries.add(new Entry(source, lineNumber, reason, row));
    }

    synchronized void writeTo(Quarantine quarantine) {
        entries
            .forEach(entry -> quarantine.quarantine(entry.source(), entry.lineNumber(), entry.reason(), entry.row()));
        entries.clear();
    }

}
