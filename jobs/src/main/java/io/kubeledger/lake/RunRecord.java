package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.kubeledger.ingest.InvoiceBridge;

/**
 * A shard's record of its run, the {@code runs} dataset's file
 * {@code runs/date=<reportDate>/part-<shard>.json}: what the reports say of the run
 * besides the lake's rows (the input counts, the bill's headline, each workspace's
 * ingestion by table, each cluster's OpenCost rows read by day). The lake step writes it
 * last, so it also marks the shard's part of the lake complete; the budgets configured
 * for the run. {@code coverage} and {@code budgets} are null in a record written before
 * they were kept (docs/lake.md, "Lakes written by older versions": until 1.0.0).
 */
public record RunRecord(LocalDate reportDate, int shardCount, int shardIndex, InputCounts inputs, Billing billing,
        List<WorkspaceTable> ingestion, Map<String, Map<LocalDate, Long>> coverage, Budgets budgets) {

    public static final String DATASET = "runs";

    public static final String EXTENSION = "json";

    private static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    /**
     * A table's ingestion with its workspace's resource id, which orders the workbook's
     * rows.
     */
    public record WorkspaceTable(String workspaceResourceId, TableIngestion ingestion) {
    }

    public void write(Path file) {
        try {
            JSON.writeValue(file.toFile(), this);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the run record " + file, e);
        }
    }

    public static RunRecord read(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunRecord.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the run record " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The shards' records as one run's: counts added, each shard's clusters and
     * workspaces together; the bill's export run and the day it covers are the same in
     * every shard, as each read the same export.
     */
    public static RunRecord merge(List<RunRecord> shards) {
        RunRecord first = shards.get(0);
        if (shards.size() == 1) {
            return first;
        }
        for (RunRecord shard : shards) {
            if (!same(shard.billing().exportRun(), first.billing().exportRun())
                    || !same(shard.billing().billedThrough(), first.billing().billedThrough())) {
                throw new IllegalStateException("shard " + shard.shardIndex() + " of " + shard.reportDate()
                        + " read the bill's export run " + shard.billing().exportRun() + " through "
                        + shard.billing().billedThrough() + ", shard " + first.shardIndex() + " "
                        + first.billing().exportRun() + " through " + first.billing().billedThrough()
                        + ": rerun the shards' compute so that they read the same export");
            }
        }
        return new RunRecord(first.reportDate(), first.shardCount(), -1,
                inputs(shards.stream().map(RunRecord::inputs).toList()),
                billing(shards.stream().map(RunRecord::billing).toList()),
                shards.stream().flatMap(shard -> shard.ingestion().stream()).toList(),
                shards.stream().anyMatch(shard -> shard.coverage() == null) ? null : coverage(shards), first.budgets());
    }

    private static Map<String, Map<LocalDate, Long>> coverage(List<RunRecord> shards) {
        Map<String, Map<LocalDate, Long>> clusters = new TreeMap<>();
        shards.forEach(shard -> clusters.putAll(shard.coverage()));
        return clusters;
    }

    private static boolean same(Object one, Object other) {
        return one == null ? other == null : one.equals(other);
    }

    private static InputCounts inputs(List<InputCounts> shards) {
        Map<String, Long> quarantined = new TreeMap<>();
        Map<String, BigDecimal> invalidLabels = new TreeMap<>();
        shards.forEach(shard -> {
            shard.opencostQuarantinedByCluster()
                .forEach((cluster, rows) -> quarantined.merge(cluster, rows, Long::sum));
            shard.invalidTeamLabels().forEach((label, cost) -> invalidLabels.merge(label, cost, BigDecimal::add));
        });
        return new InputCounts(sum(shards, InputCounts::opencostRowsRead),
                sum(shards, InputCounts::opencostRowsQuarantined), sum(shards, InputCounts::logRowsRead),
                sum(shards, InputCounts::logRowsQuarantined), sum(shards, InputCounts::containersSeen),
                sum(shards, InputCounts::containersNotJudged), quarantined,
                sorted(shards.stream().flatMap(shard -> shard.missingClusters().stream())),
                sum(shards, InputCounts::creditRows),
                shards.stream().map(InputCounts::credits).reduce(BigDecimal.ZERO, BigDecimal::add),
                sum(shards, InputCounts::rowsWithUnknownFigures), invalidLabels);
    }

    private static Billing billing(List<Billing> shards) {
        Billing first = shards.get(0);
        Map<String, BigDecimal> workspaces = new TreeMap<>();
        Map<String, BigDecimal> monitoring = new TreeMap<>();
        Map<String, ResourceTypeBill> byType = new TreeMap<>();
        shards.forEach(shard -> {
            workspaces.putAll(shard.workspaces());
            monitoring.putAll(shard.monitoring());
            shard.byResourceType()
                .forEach(type -> byType.merge(type.resourceType(), type,
                        (one, other) -> new ResourceTypeBill(one.resourceType(), one.rows() + other.rows(),
                                one.billed().add(other.billed()))));
        });
        return new Billing(first.exportRun(), first.billedThrough(), first.estimate(), workspaces, monitoring,
                new ArrayList<>(byType.values()), sorted(shards.stream().flatMap(shard -> shard.notOnBill().stream())),
                sorted(shards.stream().flatMap(shard -> shard.billedWithoutWorkload().stream())), List.of(), List.of(),
                bridge(shards));
    }

    /**
     * The shards' bridges as one: each read the same bill in the same scope, and each
     * took the others' clusters for other resources, so the fleet's other resources are
     * those no shard claims.
     */
    private static InvoiceBridge bridge(List<Billing> shards) {
        if (shards.stream().anyMatch(shard -> shard.bridge() == null)) {
            return null;
        }
        InvoiceBridge first = shards.get(0).bridge();
        Set<String> claimed = new HashSet<>();
        shards.forEach(shard -> {
            Set<String> others = shard.bridge()
                .others()
                .stream()
                .map(InvoiceBridge.OtherResource::resourceId)
                .collect(Collectors.toSet());
            first.others()
                .stream()
                .map(InvoiceBridge.OtherResource::resourceId)
                .filter(id -> !others.contains(id))
                .forEach(claimed::add);
        });
        return new InvoiceBridge(first.costColumn(), first.scope(),
                first.others().stream().filter(other -> !claimed.contains(other.resourceId())).toList(),
                sorted(shards.stream().flatMap(shard -> shard.bridge().invoiceIds().stream())),
                sorted(shards.stream().flatMap(shard -> shard.bridge().subscriptions().stream())));
    }

    private static long sum(List<InputCounts> shards, ToLongFunction<InputCounts> count) {
        return shards.stream().mapToLong(count).sum();
    }

    private static List<String> sorted(Stream<String> values) {
        return List.copyOf(new TreeSet<>(values.toList()));
    }
}
