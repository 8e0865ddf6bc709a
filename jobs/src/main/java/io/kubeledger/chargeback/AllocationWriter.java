package io.kubeledger.chargeback;

import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.SqlFiles;
import io.kubeledger.ingest.Allocation;

/** Stores a chunk of charged allocations in the run's {@code allocation} table with one JDBC batch. */
public class AllocationWriter implements ItemWriter<ChargedAllocation> {

    private final NamedParameterJdbcTemplate jdbc;
    private final long runId;
    private final String insert = SqlFiles.load("ingest/insert-allocation.sql");

    public AllocationWriter(NamedParameterJdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ChargedAllocation> chunk) {
        jdbc.batchUpdate(insert, chunk.getItems().stream().map(this::parameters).toArray(SqlParameterSource[]::new));
    }

    private SqlParameterSource parameters(ChargedAllocation charged) {
        Allocation a = charged.allocation();
        TeamAssignment t = charged.assignment();
        return new MapSqlParameterSource(Map.ofEntries(
                Map.entry("runId", runId), Map.entry("day", a.day()), Map.entry("cluster", a.cluster()),
                Map.entry("namespace", a.namespace()), Map.entry("controllerKind", a.controllerKind()),
                Map.entry("controllerName", a.controllerName()), Map.entry("pod", a.pod()),
                Map.entry("container", a.container()),
                Map.entry("cpuCoreUsageAverage", a.cpuCoreUsageAverage()),
                Map.entry("cpuCoreRequestAverage", a.cpuCoreRequestAverage()),
                Map.entry("ramBytesUsageAverage", a.ramBytesUsageAverage()),
                Map.entry("ramBytesRequestAverage", a.ramBytesRequestAverage()),
                Map.entry("networkReceiveBytes", a.networkReceiveBytes()),
                Map.entry("networkTransferBytes", a.networkTransferBytes()),
                Map.entry("cpuCost", a.cpuCost()), Map.entry("ramCost", a.ramCost()),
                Map.entry("totalCost", a.totalCost()), Map.entry("team", t.team()))) 
                .addValue("costCenter", t.costCenter())
                .addValue("allocationMethod", t.allocation().value())
                .addValue("teamRegistered", t.registered());
    }
}
