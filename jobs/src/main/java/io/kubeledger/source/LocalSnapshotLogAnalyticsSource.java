package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.kubeledger.run.DayRange;

/**
 * Answers Log Analytics queries from a local snapshot: the answer of query {@code name}
 * in workspace {@code id} is the response body saved at {@code logs/<id>/<name>.json}.
 * The window is not applied here: the answer may hold more days, as a real one may.
 */
public class LocalSnapshotLogAnalyticsSource implements LogAnalyticsSource {

    private final Path snapshotRoot;

    public LocalSnapshotLogAnalyticsSource(Path snapshotRoot) {
        this.snapshotRoot = snapshotRoot;
    }

    @Override
    public LogsTable query(String workspaceId, LogQuery query, DayRange days) {
        Path file = file(workspaceId, query);
        try (InputStream body = SnapshotFiles.open(snapshotRoot.resolve("logs"), file)) {
            return LogsQueryResponseParser.parse(body, workspaceId, query);
        }
        catch (NoSuchFileException e) {
            throw new SourceUnavailableException("Log Analytics workspace " + workspaceId + ", query '"
                    + query.queryName() + "': no answer in the local snapshot (" + file + ")", e);
        }
        catch (IOException e) {
            throw new SourceUnavailableException("Log Analytics workspace " + workspaceId + ", query '"
                    + query.queryName() + "': the local snapshot's answer cannot be read (" + file + "): " + e, e);
        }
    }

    @Override
    public String describe(String workspaceId, LogQuery query) {
        return snapshotRoot.relativize(file(workspaceId, query)).toString();
    }

    private Path file(String workspaceId, LogQuery query) {
        return snapshotRoot.resolve("logs").resolve(workspaceId).resolve(query.queryName() + ".json");
    }

}
