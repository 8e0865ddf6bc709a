package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.IngestedTables.QuerySum;
import io.kubeledger.ingest.IngestedTables.TableSum;
import io.kubeledger.run.DayRange;

/**
 * Judges every workspace table over the table plans' lookback and keeps the
 * recommendations for the lake. (Containers are judged as each cluster's export is read,
 * in the {@code exportStep}.)
 */
public class TablePlanTasklet implements Tasklet {

    private static final QuerySum NOT_QUERIED = new QuerySum(0, BigDecimal.ZERO);

    private final IngestedTables ingested;

    private final Recommendations recommendations;

    private final TablePlanAdvisor advisor;

    private final DayRange lookback;

    private final MonthBill bill;

    private final CollectionPresetAdvisor preset;

    private final Collection collection;

    /**
     * How the workspaces' clusters collect, by workspace resource id (lower case): the
     * configured clusters of a workspace all of which have Managed Prometheus, whose
     * metric tables the "Logs and events" preset would stop, and those all of whose data
     * collection rules collect every minute ({@link CollectionPresetAdvisor}); a
     * workspace where not all do is in neither.
     */
    public record Collection(Map<String, List<String>> prometheusClusters,
            Map<String, List<String>> everyMinuteClusters) {

        List<String> prometheus(TableUsage table) {
            return prometheusClusters.getOrDefault(table.workspaceResourceId().toLowerCase(Locale.ROOT), List.of());
        }

        List<String> everyMinute(TableUsage table) {
            return everyMinuteClusters.getOrDefault(table.workspaceResourceId().toLowerCase(Locale.ROOT), List.of());
        }
    }

    /**
     * {@code bill}: the month's, whose workspace rows price a workspace's ingestion where
     * it is discounted.
     */
    public TablePlanTasklet(IngestedTables ingested, Recommendations recommendations, TablePlanAdvisor advisor,
            DayRange lookback, MonthBill bill, Collection collection) {
        this.ingested = ingested;
        this.recommendations = recommendations;
        this.advisor = advisor;
        this.lookback = lookback;
        this.bill = bill;
        this.preset = new CollectionPresetAdvisor(advisor.thresholds());
        this.collection = collection;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        BilledIngestionRates rates = BilledIngestionRates.of(ingested, bill, lookback);
        List<TablePlanRecommendation> tables = usage().stream().map(table -> {
            BigDecimal rate = rates.discounted(table.workspaceResourceId()).orElse(null);
            return preset.advise(table, rate, collection.prometheus(table))
                .or(() -> preset.adviseInterval(table, rate, collection.everyMinute(table)))
                .orElseGet(() -> advisor.advise(table, rate));
        }).toList();
        recommendations.keepTables(tables);
        contribution.incrementWriteCount(tables.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * Every workspace table's usage over the lookback; queries stay unknown in a
     * workspace that audits none.
     */
    private List<TableUsage> usage() {
        Map<String, Map<String, QuerySum>> queries = ingested.queries(lookback);
        return ingested.over(lookback, true).stream().map(table -> {
            Map<String, QuerySum> audited = queries.get(table.workspaceId().toLowerCase(Locale.ROOT));
            QuerySum queried = audited == null ? null : audited.getOrDefault(table.table(), NOT_QUERIED);
            return usage(table, queried);
        }).toList();
    }

    private static TableUsage usage(TableSum table, QuerySum queried) {
        return new TableUsage(table.workspaceResourceId(), table.table(), table.plan(), table.billableGb(),
                table.cost(), queried == null ? null : queried.queries(), queried == null ? null : queried.scannedGb());
    }

}
