package io.kubeledger.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.kubeledger.config.BlobLocation;

/**
 * Blob URLs from the configuration: whatever they say, the job reads only blobs, and
 * locally only under its snapshot.
 */
class BlobLocationTests {

    private static final String BLOBS = "https://stexports.blob.core.windows.net/opencost/";

    @TempDir
    Path snapshot;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "aks-1.csv|aks-1.csv", "2026/11/aks-1.csv|2026/11/aks-1.csv",
            "aks%20one.csv|aks one.csv", "cluster-ü.csv|cluster-ü.csv" })
    void aBlobPathIsKeptAsTheRelativePathItNames(String path, String expected) {
        assertThat(BlobLocation.parse(BLOBS + path).path()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "../secrets.csv", "a/../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "/etc/passwd",
            "a//b.csv", "..\\..\\etc\\passwd", "folder/", ".." })
    void aPathThatWouldClimbOutOrStartAtTheRootIsRefused(String path) {
        assertThatThrownBy(() -> BlobLocation.parse(BLOBS + path)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("must name a blob by a relative path without '..'");
    }

    @Test
    void aSasTokenInTheUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> BlobLocation.parse(BLOBS + "aks-1.csv?sv=2024-11-04&sig=SECRET-SIGNATURE"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("must not carry a query string")
            .hasMessageNotContaining("SECRET-SIGNATURE");
    }

    @Test
    void theLocalSnapshotNeverReadsOutsideItsFolder() throws IOException {
        // given: a file beside the snapshot, and a location that could only name it by
        // climbing out
        Files.writeString(snapshot.resolveSibling(snapshot.getFileName() + "-outside.csv"), "secret");
        BlobLocation climbing = new BlobLocation("stexports", "opencost",
                "../../../" + snapshot.getFileName() + "-outside.csv");

        // when / then
        assertThatThrownBy(() -> new LocalSnapshotBlobSource(snapshot).open(climbing))
            .isInstanceOf(SourceUnavailableException.class)
            .hasMessageContaining("outside the local snapshot");
    }

}
