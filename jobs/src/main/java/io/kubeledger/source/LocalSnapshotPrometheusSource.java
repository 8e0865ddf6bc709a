package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;

/**
 * Answers PromQL queries from a local snapshot: the body of a query's answer, as the
 * Prometheus HTTP API gave it, is saved at {@code prometheus/<workspace>/<query
 * name>.json}. A missing answer fails the run, naming the file: a workspace whose metrics
 * are in the configuration but not in the snapshot is not silently sized on averages.
 */
public class LocalSnapshotPrometheusSource implements PrometheusSource {

    private final Path root;

    public LocalSnapshotPrometheusSource(Path snapshotRoot) {
        this.root = snapshotRoot.resolve("prometheus");
    }

    @Override
    public void query(MonitorWorkspace workspace, PromQuery query, Consumer<PromSeries> series) {
        Path file = root.resolve(workspace.name()).resolve(query.name() + ".json").normalize();
        if (!file.startsWith(root)) {
            throw new SourceUnavailableException("the PromQL query " + query.name() + " is not a snapshot file", null);
        }
        try (InputStream body = SnapshotFiles.open(root, file)) {
            PrometheusAnswerParser.parse(body, series);
        }
        catch (IOException | IllegalArgumentException e) {
            throw new SourceUnavailableException("the PromQL query " + query.name() + " of monitor workspace "
                    + workspace.name() + " cannot be read from the local snapshot (" + file + "): " + e.getMessage(),
                    e);
        }
    }

}
