package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers ARM requests from a local snapshot: the response body of a GET of
 * {@code /<path>} is saved at {@code arm/<path, lower-cased>.json}, e.g. a workspace's
 * tables list at {@code arm/<workspace resource id>/tables.json}. Lower case because ARM
 * ids are case-insensitive and the snapshot must not depend on how the configuration
 * spells them.
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
        try (InputStream body = SnapshotFiles.open(armRoot, file)) {
            return ArmTablesParser.parse(body);
        }
        catch (IOException | IllegalArgumentException e) {
            throw new SourceUnavailableException("the tables list of workspace " + workspaceResourceId
                    + " cannot be read from the local snapshot (" + file + "): " + e.getMessage(), e);
        }
    }

    /**
     * A resource is saved at
     * {@code arm/<path, lower-cased, without its leading slash>.json}; no file is a 404.
     */
    @Override
    public Optional<byte[]> resource(String path, String apiVersion) {
        Path file = armRoot.resolve(path.replaceFirst("^/", "").toLowerCase(Locale.ROOT) + ".json").normalize();
        if (!file.startsWith(armRoot)) {
            throw new SourceUnavailableException("ARM resource " + path + " is not a resource path", null);
        }
        try (InputStream body = SnapshotFiles.open(armRoot, file)) {
            return Optional.of(body.readAllBytes());
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
        catch (IOException e) {
            throw new SourceUnavailableException("ARM resource " + path + " cannot be read from the local snapshot ("
                    + file + "): " + e.getMessage(), e);
        }
    }

}
