package io.kubeledger.lake;

import static io.kubeledger.lake.ParquetFile.cents;
import static io.kubeledger.lake.ParquetFile.centsColumn;
import static io.kubeledger.lake.ParquetFile.money;
import static io.kubeledger.lake.ParquetFile.moneyColumn;
import static io.kubeledger.lake.ParquetFile.roundedToMoneyScale;
import static io.kubeledger.lake.ParquetFile.text;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.nio.file.Path;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * Writes table plan recommendations to one Parquet file of the {@code log-tables} dataset. GB are decimal GB
 * (10^9 bytes). Amounts and GB are sums of priced reals, so they are rounded to the money type's 12 decimals.
 */
final class LogTablesParquetWriter implements AutoCloseable {

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("workspace")
            .required(BINARY).as(stringType()).named("workspace_resource_id")
            .required(BINARY).as(stringType()).named("table")
            .required(BINARY).as(stringType()).named("plan")
            .addField(moneyColumn(Repetition.REQUIRED, "billable_gb"))
            .addField(moneyColumn(Repetition.REQUIRED, "cost"))
            .optional(INT64).named("queries")
            .addField(moneyColumn(Repetition.OPTIONAL, "scanned_gb"))
            .addField(moneyColumn(Repetition.OPTIONAL, "query_cost"))
            .required(BINARY).as(stringType()).named("recommended_plan")
            .addField(centsColumn("monthly_savings"))
            .addField(centsColumn("charged_monthly_change"))
            .required(BINARY).as(stringType()).named("reason")
            .named("log_tables");

    private final ParquetFile parquet;

    LogTablesParquetWriter(Path file) {
        this.parquet = new ParquetFile(file, SCHEMA);
    }

    void write(TablePlanRecommendation r) {
        Group g = parquet.row();
        text(g, "workspace", r.usage().workspace());
        text(g, "workspace_resource_id", r.usage().workspaceResourceId());
        text(g, "table", r.usage().table());
        text(g, "plan", r.usage().plan());
        money(g, "billable_gb", roundedToMoneyScale(r.usage().billableGb()));
        money(g, "cost", roundedToMoneyScale(r.usage().cost()));
        if (r.usage().queriesKnown()) {
            g.append("queries", r.usage().queries());
        }
        money(g, "scanned_gb", roundedToMoneyScale(r.usage().scannedGb()));
        money(g, "query_cost", roundedToMoneyScale(r.queryCost()));
        text(g, "recommended_plan", r.recommendedPlan());
        cents(g, "monthly_savings", r.monthlySavings());
        cents(g, "charged_monthly_change", r.chargedMonthlyChange());
        text(g, "reason", r.reason());
        parquet.write(g);
    }

    @Override
    public void close() {
        parquet.close();
    }
}
