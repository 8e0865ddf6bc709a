package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.run.RunWindow;
import io.kubeledger.source.SourceUnavailableException;

/**
 * The catalogue of broken exports seen in the field, each with its decided outcome: a bad
 * row is quarantined with its reason and the good rows around it are read; a file that
 * cannot be an export fails the read naming the cluster.
 */
class ExportCatalogueTests {

    static final String HEADER = "Date,Namespace,ControllerKind,ControllerName,Pod,Container,"
            + "CPUCoreUsageAverage,CPUCoreRequestAverage,RAMBytesUsageAverage,RAMBytesRequestAverage,"
            + "NetworkReceiveBytes,NetworkTransferBytes,GPUs,PVBytes,CPUCost,RAMCost,NetworkCost,PVCost,GPUCost,"
            + "TotalCost,Labels";

    private static final String GOOD = row("api-1", "0.25", "0.416447000000000003");

    @TempDir
    Path snapshot;

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("wrong column count", "2026-10-05,payments,deployment", "has 3 fields, the header has 21"),
                Arguments.of("NaN cost", row("api-2", "0.25", "NaN"),
                        "TotalCost is not a number, so the row's cost is unknown: 'NaN'"),
                Arguments.of("infinite cost", row("api-2", "0.25", "+Inf"),
                        "TotalCost is not a number, so the row's cost is unknown: '+Inf'"),
                Arguments.of("an exponent that would never finish adding", row("api-2", "0.25", "1e999999999"),
                        "TotalCost is not a number: '1e999999999'"),
                Arguments.of("a Java-only number", row("api-2", "0x1p3", "1"),
                        "CPUCoreUsageAverage is not a number: '0x1p3'"),
                Arguments.of("a 26-digit cost, beyond the lake's range once summed",
                        row("api-2", "0.25", "1" + "0".repeat(25)), "TotalCost is out of the lake's range"),
                Arguments.of("a 22-digit CPUCost",
                        row("api-2", "0.25", "1").replace(",0.379332,", ",1" + "0".repeat(21) + ","),
                        "CPUCost is out of the lake's range"),
                Arguments.of("more decimals than any double has", row("api-2", "0.25", "0." + "1".repeat(400)),
                        "TotalCost is out of the lake's range"),
                Arguments.of("a long garbage value, shown cut", row("api-2", "0.25", "x".repeat(500)),
                        "TotalCost is not a number: '" + "x".repeat(64) + "…'"),
                Arguments.of("impossible date", row("api-2", "0.25", "1").replace("2026-10-05", "2026-13-01"),
                        "Date is not a YYYY-MM-DD date: '2026-13-01'"),
                Arguments.of("a day repeated", GOOD, "repeats the day, namespace, pod and container of line 2"),
                Arguments.of("a name longer than Kubernetes allows", row("p".repeat(254), "0.25", "1"),
                        "Pod is longer than 253 characters"),
                Arguments.of("a control character in a name", row("api\u0001", "0.25", "1"),
                        "Pod contains a control character (U+0001)"),
                Arguments.of("broken quoting", GOOD.replace(",\"{", ",{\""), "not a CSV row"),
                Arguments.of("labels that are not JSON", row("api-2", "0.25", "1").replace("team\"\"", "team"),
                        "Labels is not a JSON object"),
                Arguments.of("a line cut short (the file stops mid-way)", GOOD.substring(0, 60),
                        "fields, the header has 21"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsQuarantinedWithItsReasonAndTheOthersAreRead(String name, String bad, String reason)
            throws IOException {
        // given: a good row, the bad one, and another good row
        String third = row("api-3", "0.5", "0.1");
        place(String.join("\n", HEADER, GOOD, bad, third));

        // when
        List<Allocation> read = readAll();

        // then
        assertThat(read).extracting(Allocation::pod).containsExactly("api-1", "api-3");
        List<String> quarantined = Files.readAllLines(quarantine());
        assertThat(quarantined).hasSize(1);
        var entry = new ObjectMapper().readTree(quarantined.get(0));
        assertThat(entry.get("line").asInt()).isEqualTo(3);
        assertThat(entry.get("row").asText()).isEqualTo(bad);
        assertThat(entry.get("reason").asText()).contains(reason);
    }

    @Test
    void aDayRepeatedAfterRowsOfAnotherDayIsQuarantinedAndTheOtherDayIsRead() throws IOException {
        // given: a container's day, the same container the day before, then its first day
        // again
        String dayBefore = GOOD.replace("2026-10-05", "2026-10-04");
        place(String.join("\n", HEADER, GOOD, dayBefore, GOOD));

        // when
        List<Allocation> read = readAll();

        // then
        assertThat(read).extracting(Allocation::day)
            .containsExactly(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 4));
        List<String> quarantined = Files.readAllLines(quarantine());
        assertThat(quarantined).hasSize(1);
        var entry = new ObjectMapper().readTree(quarantined.get(0));
        assertThat(entry.get("line").asInt()).isEqualTo(4);
        assertThat(entry.get("reason").asText()).contains("repeats the day, namespace, pod and container of line 2");
    }

    @Test
    void aLineOverAMegabyteIsQuarantinedCutAndTheRowsAfterItAreRead() throws IOException {
        // given: a row whose labels run to two million characters (no Kubernetes pod has
        // such labels)
        String huge = row("api-2", "0.25", "1").replace("\"}\"",
                "\",\"\"x\"\":\"\"" + "x".repeat(2_000_000) + "\"\"}\"");
        place(String.join("\n", HEADER, GOOD, huge, row("api-3", "0.5", "0.1")));

        // when
        List<Allocation> read = readAll();

        // then
        assertThat(read).extracting(Allocation::pod).containsExactly("api-1", "api-3");
        var entry = new ObjectMapper().readTree(Files.readAllLines(quarantine()).get(0));
        assertThat(entry.get("line").asInt()).isEqualTo(3);
        assertThat(entry.get("reason").asText())
            .isEqualTo("is longer than 1048576 bytes (the row shows its first 1000 characters)");
        assertThat(entry.get("row").asText()).hasSize(1001).startsWith(huge.substring(0, 1000)).endsWith("…");
    }

    static Stream<Arguments> oddButGoodRows() {
        return Stream
            .of(Arguments.of("a credit (a negative TotalCost, opencost#3574)", row("api-2", "0.25", "-0.5"), 2),
                    Arguments.of("negative zero and float residue, as Go writes them",
                            row("api-2", "-0", "-0") + "\n"
                                    + row("api-3", "0.25", "-0.00000000000000005551115123125783"),
                            3),
                    Arguments.of("NaN and infinite usage",
                            row("api-2", "NaN", "1") + "\n"
                                    + row("api-3", "0.25", "1").replace(",104857600,", ",+Inf,"),
                            3),
                    Arguments.of("a 15-digit cost", row("api-2", "0.25", "999999999999999.999999"), 2),
                    Arguments.of("a row of a day the run does not read",
                            row("api-2", "0.25", "1").replace("2026-10-05", "2025-01-01"), 1),
                    Arguments.of("names beyond ASCII", row("zahlungsdienst-ü-支付", "0.25", "1"), 2),
                    Arguments.of("huge label JSON",
                            row("api-2", "0.25", "1").replace("\"}\"",
                                    "\",\"\"note\"\":\"\"" + "x".repeat(100_000) + "\"\"}\""),
                            2),
                    Arguments.of("an unmounted volume's rows, which have no pod",
                            "2026-10-05,__unmounted__,,,,,0,0,0,0,0,0,0,1,0,0,0,0.2,0,0.2,\n"
                                    + "2026-10-05,__unmounted__,,,,,0,0,0,0,0,0,0,1,0,0,0,0.3,0,0.3,",
                            3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButGoodRows")
    void oddButValidRowsAreReadOrSkippedWithoutQuarantine(String name, String rows, int expectedRead)
            throws IOException {
        // given
        place(String.join("\n", HEADER, GOOD, rows));

        // when
        List<Allocation> read = readAll();

        // then
        assertThat(read).hasSize(expectedRead);
        assertThat(quarantine()).doesNotExist();
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("UTF-8 BOM and CRLF line ends",
                        ("\uFEFF" + HEADER + "\r\n" + GOOD + "\r\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unknown extra columns",
                        (HEADER + ",FutureColumn\n" + GOOD + ",42\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void chargedCostsKeepTheirSignAndUnusableFiguresAreUnknown() throws IOException {
        // given
        place(String.join("\n", HEADER, row("api-1", "-0", "-0.5"), row("api-2", "NaN", "-0"),
                row("api-3", "-0.00000000000000005551115123125783", "0.1").replace(",0.379332,", ",-Inf,")));

        // when
        List<Allocation> read = readAll();

        // then: the money as written, and each figure that cannot judge a container
        // unknown
        assertThat(read).extracting(Allocation::totalCost)
            .containsExactly(new BigDecimal("-0.5"), BigDecimal.ZERO, new BigDecimal("0.1"));
        assertThat(read.get(0).cpuCoreUsageAverage()).isZero();
        assertThat(read.get(0).figuresKnown()).isTrue();
        assertThat(read.get(1).cpuCoreUsageAverage()).isNaN();
        assertThat(read.get(1).figuresKnown()).isFalse();
        assertThat(read.get(2).cpuCoreUsageAverage()).isNaN();
        assertThat(read.get(2).cpuCost()).isNull();
        assertThat(quarantine()).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void filesInAnyLayoutOpenCostWritesAreReadExactly(String name, byte[] content) throws IOException {
        // given
        Path file = exportFile();
        Files.createDirectories(file.getParent());
        Files.write(file, content);

        // when
        List<Allocation> read = readAll();

        // then
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.totalCost().toPlainString()).isEqualTo("0.416447000000000003");
            assertThat(a.labels()).containsEntry("team", "checkout");
        });
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(Arguments.of("empty", new byte[0], "is empty"),
                Arguments.of("header only", (HEADER + "\n").getBytes(StandardCharsets.UTF_8),
                        "has no row for the days the run reads (2026-10-01 to 2026-10-05)"),
                Arguments.of("binary garbage", new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, (byte) 0xff, 10, 1, 2 },
                        "is not an OpenCost export"),
                Arguments.of("a required column missing",
                        (HEADER.replace(",TotalCost", "") + "\n").getBytes(StandardCharsets.UTF_8),
                        "no 'TotalCost' column"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void aFileThatIsNoExportFailsTheReadNamingTheCluster(String name, byte[] content, String problem)
            throws IOException {
        // given
        Path file = exportFile();
        Files.createDirectories(file.getParent());
        Files.write(file, content);

        // when / then
        assertThatThrownBy(this::readAll).isInstanceOf(SourceUnavailableException.class)
            .hasMessageContaining("cluster 'aks-1'")
            .hasMessageContaining(problem);
    }

    /** A row of 2026-10-05 in the current layout, with the team label. */
    static String row(String pod, String cpuUsage, String totalCost) {
        return "2026-10-05,payments,deployment,api," + pod + ",api," + cpuUsage
                + ",0.5,104857600,268435456,1000,2000,0,0,0.379332,0.027115,0.01,0,0," + totalCost
                + ",\"{\"\"app\"\":\"\"api\"\",\"\"team\"\":\"\"checkout\"\"}\"";
    }

    private List<Allocation> readAll() {
        return ExportReads.readAll(snapshot, quarantine(), new RunWindow(LocalDate.of(2026, 10, 5)).monthToDate(),
                BigDecimal.ONE);
    }

    private void place(String content) throws IOException {
        Path file = exportFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Path exportFile() {
        return ExportReads.exportFile(snapshot);
    }

    private Path quarantine() {
        return snapshot.resolve("out/quarantine/opencost.jsonl");
    }

}
