package io.kubeledger.ingest;

/** Where a bad row goes, verbatim, with where it was read and why it is bad. */
public interface Quarantine {

    void quarantine(String source, long lineNumber, String reason, String row);

}
