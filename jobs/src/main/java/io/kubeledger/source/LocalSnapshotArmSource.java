package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Answers ARM requests from a local snapshot: a workspace's tables list is the response body saved at
 * {@code arm/<workspace resource id, lower-cased, without its leading slash>/tables.json}. Lower case because ARM
 * ids are case-insensitive and the snapshot must not depend on how the configuration spells them.
 */
public class LocalSnapshotArmSource implements ArmSource {

    private final Path armRoot;

    public LocalSnapshotArmSource(Path snapshotRoot) {
        this.armRoot = snapshotRoot.resolve("arm");
    }

    @Override
    public TablePlans tablePlans(String workspaceResourceId) {
        Path file = armRoot.resolve(workspaceResourceId.replaceFirst("^/", "").toLowerCase(Locale.ROOT))
                .resolve("tables.json");
        try (InputStream body = Files.newInputStream(file)) {
            return ArmTablesParser.parse(body);
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceUnavailableException("the tables list of workspace " + workspaceResourceId
                    + " cannot be read from the local snapshot (" + file + "): " + e.getMessage(), e);
        }
    }
}
