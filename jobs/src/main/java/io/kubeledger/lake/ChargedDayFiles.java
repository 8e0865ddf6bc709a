package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.kubeledger.chargeback.ChargedLine;
import io.kubeledger.chargeback.ChargedDays;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.ingest.MonthBill;

/**
 * Writes each charged day straight to its {@code chargeback} Parquet file, aside in the
 * job's state folder, where the lake step takes it to put in place and publish: the lines
 * go from memory to Parquet once, never through the database.
 */
public class ChargedDayFiles implements ChargedDays {

    private final Path folder;

    private final List<Cluster> clusters;

    private final String currency;

    private final String costColumn;

    private final ArmClusters arm;

    private final MonthBill bill;

    private final Map<LocalDate, Long> rows = new ConcurrentHashMap<>();

    /** A run's own: they keep the texts of the month's lines. */
    private volatile FocusRowMapper focus;

    private volatile EncodedTexts texts;

    private volatile Map<String, String> metadata;

    /**
     * {@code costColumn}: which of the lake's cost columns the charge is
     * ({@code billing.cost-column}).
     */
    public ChargedDayFiles(Path folder, List<Cluster> clusters, String currency, String costColumn, ArmClusters arm,
            MonthBill bill) {
        this.folder = folder;
        this.clusters = clusters;
        this.currency = currency;
        this.costColumn = costColumn;
        this.arm = arm;
        this.bill = bill;
    }

    @Override
    public void begin(LocalDate reportDate) {
        rows.clear();
        metadata = FocusMetadata.of(LakeSchemas.CHARGEBACK.messageType(), reportDate);
        focus = new FocusRowMapper(clusters, currency, costColumn, arm, bill);
        texts = new EncodedTexts();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }

    @Override
    public void write(LocalDate day, List<ChargedLine> lines) {
        Path file = file(day);
        try {
            Files.createDirectories(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        try (LakeFile<FocusRow> parquet = new LakeFile<>(file, LakeSchemas.CHARGEBACK, texts, metadata)) {
            lines.forEach(line -> parquet.write(focus.map(line)));
        }
        rows.put(day, (long) lines.size());
    }

    Path file(LocalDate day) {
        return folder.resolve("date=" + day + ".parquet");
    }

    /** The rows of the day's file, as this run wrote it. */
    long rows(LocalDate day) {
        return rows.getOrDefault(day, 0L);
    }

}
