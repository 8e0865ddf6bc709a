package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.run.RunWindow;

/**
 * Random mutations of a valid export (seeded, so a failure repeats): the reader never
 * fails on them, never loses an untouched row, quarantines every line it does not read
 * verbatim, and what it reads is a valid allocation.
 */
class ExportFuzzTests {

    private static final String[] INSERTS = { ",", "\"", "\"\"", "-", "e", "x", ".", "\u0000", "\u00e9", "9", " ", "{",
            "NaN" };

    @TempDir
    Path snapshot;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void mutatedExportsLoseNothingAndAcceptNothingInvalid(long seed) throws IOException {
        Random random = new Random(seed);
        for (int round = 0; round < 25; round++) {
            // given: 30 valid rows, a few of them mutated
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                lines.add(ExportCatalogueTests.row("pod-" + i, String.valueOf(random.nextInt(1000) / 1000.0),
                        random.nextInt(100) + "." + random.nextInt(1_000_000)));
            }
            Set<Integer> mutated = new HashSet<>();
            int mutations = 1 + random.nextInt(5);
            for (int m = 0; m < mutations; m++) {
                int index = random.nextInt(lines.size());
                lines.set(index, mutate(lines.get(index), lines, random));
                mutated.add(index);
            }
            Path export = ExportReads.exportFile(snapshot);
            Files.createDirectories(export.getParent());
            Files.writeString(export, ExportCatalogueTests.HEADER + "\n" + String.join("\n", lines) + "\n");

            // when
            Path quarantine = snapshot.resolve("out/quarantine-" + round + ".jsonl");
            List<Allocation> read = readAll(quarantine);

            // then: every untouched row is read
            Set<String> readPods = new HashSet<>();
            read.forEach(a -> readPods.add(a.pod()));
            for (int i = 0; i < lines.size(); i++) {
                if (!mutated.contains(i)) {
                    assertThat(readPods).as("seed %d round %d: untouched line %d", seed, round, i + 2)
                        .contains("pod-" + i);
                }
            }
            // every line not read is quarantined verbatim, or is a row of a day the run
            // does not read
            List<String> quarantinedRows = new ArrayList<>();
            if (Files.exists(quarantine)) {
                for (String entry : Files.readAllLines(quarantine)) {
                    quarantinedRows.add(new ObjectMapper().readTree(entry).get("row").asText());
                }
            }
            assertThat(lines).as("seed %d round %d", seed, round).containsAll(quarantinedRows);
            long outsideTheWindow = lines.stream().filter(ExportFuzzTests::outsideTheWindow).count();
            assertThat(read.size() + quarantinedRows.size()).isLessThanOrEqualTo(lines.size())
                .isGreaterThanOrEqualTo(lines.size() - (int) outsideTheWindow);
            // and what is read is a valid allocation: money within the lake's range,
            // figures known or unknown
            assertThat(read).allSatisfy(a -> {
                assertThat(a.totalCost().abs()).isLessThan(new BigDecimal("1E15"));
                assertThat(a.totalCost().scale()).isLessThanOrEqualTo(324);
                assertThat(a.cpuCoreUsageAverage()).satisfiesAnyOf(usage -> assertThat(usage).isNaN(),
                        usage -> assertThat(usage).isFinite().isNotNegative());
                assertThat(a.pod()).doesNotContain("\u0000", "\r").hasSizeLessThanOrEqualTo(253);
            });
        }
    }

    private static String mutate(String line, List<String> lines, Random random) {
        int at = random.nextInt(line.length());
        return switch (random.nextInt(5)) {
            case 0 -> line.substring(0, at) + line.substring(at + 1);
            case 1 -> line.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + line.substring(at);
            case 2 -> line.substring(0, at);
            case 3 -> lines.get(random.nextInt(lines.size()));
            default -> line.substring(0, at) + anyCharacterButALineBreak(random) + line.substring(at + 1);
        };
    }

    /**
     * OpenCost never breaks a line inside a row; a line break would make two lines, each
     * judged on its own.
     */
    private static char anyCharacterButALineBreak(Random random) {
        char c = (char) random.nextInt(0x3000);
        return c == '\n' || c == '\r' ? 'x' : c;
    }

    /**
     * A row the reader skips without judging it: its Date is a real day that the run does
     * not read.
     */
    private static boolean outsideTheWindow(String line) {
        try {
            LocalDate day = LocalDate.parse(line.substring(0, line.indexOf(',')));
            return day.isBefore(LocalDate.of(2026, 10, 1)) || day.isAfter(LocalDate.of(2026, 10, 5));
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    private List<Allocation> readAll(Path quarantine) {
        return ExportReads.readAll(snapshot, quarantine, new RunWindow(LocalDate.of(2026, 10, 5)).monthToDate(),
                BigDecimal.ONE);
    }

}
