package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.kubeledger.chargeback.ChargebackResult;
import io.kubeledger.chargeback.ClusterExport;
import io.kubeledger.chargeback.ClusterExportTests;
import io.kubeledger.chargeback.ExportTotals;
import io.kubeledger.ingest.BillSummary;
import io.kubeledger.ingest.LogIngestionCounts;
import io.kubeledger.report.ReportResult;
import io.kubeledger.run.HandOff;

/**
 * Every step's result survives the job database as Spring Batch keeps a context: Java
 * serialization.
 */
class HandOffSerializationTests {

    private final DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();

    @Test
    void everyStepResultComesBackEqualFromTheJobDatabase() throws IOException {
        ExecutionContext context = new ExecutionContext();
        ExportTotals export = new ExportTotals(List.of(
                new ClusterExport("aks-a", null, 10, 1, 3, 1, 1, new BigDecimal("-0.50"), 2,
                        new TreeMap<>(Map.of("Pay ments", BigDecimal.ONE)),
                        new TreeMap<>(Map.of(LocalDate.parse("2026-10-31"), 10L)), LocalDate.parse("2026-10-31")),
                ClusterExportTests.missing("aks-b")));
        BillSummary bill = new BillSummary(null, "export run r1 (https://x/manifest.json)", "r1",
                LocalDate.parse("2026-10-31"), Map.of("aks-a", new BigDecimal("10.50")),
                Map.of("log-a", new BigDecimal("1.25")), Map.of("amw-a", new BigDecimal("0.75")),
                Map.of("microsoft.compute/virtualmachines", new BigDecimal("10.50")),
                Map.of("microsoft.compute/virtualmachines", 3L), 4, List.of("aks-b"), Map.of());
        ChargebackResult chargeback = new ChargebackResult(new TreeMap<>(Map.of("aks-a", new BigDecimal("2.5"))),
                List.of("aks-a: 2026-10-04 (1 day)"));
        ExportTotals.RESULT.put(context, export);
        BillSummary.RESULT.put(context, bill);
        ChargebackResult.RESULT.put(context, chargeback);
        LogIngestionCounts.RESULT.put(context, new LogIngestionCounts(7, 1));
        ReportResult.RESULT.put(context, new ReportResult("month 2026-10", BigDecimal.TEN, BigDecimal.ONE));

        ExecutionContext kept = roundTrip(context);

        assertThat(ExportTotals.RESULT.in(kept)).contains(export);
        assertThat(BillSummary.RESULT.in(kept)).contains(bill);
        assertThat(ChargebackResult.RESULT.in(kept)).contains(chargeback);
        assertThat(LogIngestionCounts.RESULT.in(kept)).contains(new LogIngestionCounts(7, 1));
        assertThat(ReportResult.RESULT.in(kept).orElseThrow().billedShare()).contains(0.1);
    }

    @Test
    void aResultNoStepLeftIsNone() {
        assertThat(new HandOff<>("absent", ReportResult.class).in(new ExecutionContext())).isEmpty();
        assertThat(new HandOff<>("absent", ReportResult.class).in(Map.of())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ExecutionContext roundTrip(ExecutionContext context) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Object> entries = new TreeMap<>();
        context.entrySet().forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        serializer.serialize(entries, bytes);
        return new ExecutionContext(serializer.deserialize(new ByteArrayInputStream(bytes.toByteArray())));
    }

}
