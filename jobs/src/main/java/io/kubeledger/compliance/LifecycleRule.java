package io.kubeledger.compliance;

import java.util.List;

/**
 * A rule of a storage account's lifecycle policy: its blob prefixes
 * ({@code <container>/<path>}, none: every blob), blob types (none: every type), and
 * after how many days it deletes base blobs (null: it deletes none).
 */
public record LifecycleRule(String name, boolean enabled, List<String> prefixes, List<String> blobTypes,
        Integer deleteAfterDays) {

    /** True when the rule deletes some of the append blobs under {@code path}. */
    public boolean deletesUnder(String path) {
        return enabled && deleteAfterDays != null
                && (blobTypes.isEmpty() || blobTypes.stream().anyMatch("appendBlob"::equalsIgnoreCase))
                && (prefixes.isEmpty() || prefixes.stream().anyMatch(p -> path.startsWith(p) || p.startsWith(path)));
    }
}
