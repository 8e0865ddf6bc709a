package io.kubeledger.chargeback;

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
        return new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("day", a.day())
                .addValue("cluster", a.cluster())
                .addValue("namespace", a.namespace())
                .addValue("controllerKind", a.controllerKind())
                .addValue("controllerName", a.controllerName())
                .addValue("pod", a.pod())
                .addValue("container", a.container())
                .addValue("cpuCoreUsageAverage", a.cpuCoreUsageAverage())
                .addValue("cpuCoreRequestAverage", a.cpuCoreRequestAverage())
                .addValue("ramBytesUsageAverage", a.ramBytesUsageAverage())
                .addValue("ramBytesRequestAverage", a.ramBytesRequestAverage())
                .addValue("networkReceiveBytes", a.networkReceiveBytes())
                .addValue("networkTransferBytes", a.networkTransferBytes())
                .addValue("cpuCost", a.cpuCost())
                .addValue("ramCost", a.ramCost())
                .addValue("totalCost", a.totalCost())
                .addValue("team", t.team())
                .addValue("costCenter", t.costCenter())
                .addValue("allocationMethod", t.allocation().value())
                .addValue("teamRegistered", t.registered());
    }
}
