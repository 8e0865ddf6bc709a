package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.kubeledger.config.KubeledgerProperties.Prices;
import io.kubeledger.config.RightsizingProperties.LogTables;

/**
 * Recommends a Log Analytics table's plan. Basic ingestion is far cheaper than Analytics,
 * but Basic queries are charged by the GB they scan: as the seed documents put it, logs
 * used only for occasional troubleshooting belong on Basic. So an eligible, large, rarely
 * queried Analytics table goes to Basic when the ingestion saving, net of what its
 * queries would cost there, is worth it; a Basic table whose query charges exceed its
 * ingestion saving goes back.
 */
public final class TablePlanAdvisor {

    public static final String ANALYTICS = "Analytics";

    public static final String BASIC = "Basic";

    private final String currency;

    private final LogTables thresholds;

    private final Prices prices;

    private final BasicEligibleTables eligible;

    private final int days;

    /** {@code currency}: the job's, which the prices are in. */
    public TablePlanAdvisor(LogTables thresholds, Prices prices, BasicEligibleTables eligible, String currency) {
        this.currency = currency;
        this.thresholds = thresholds;
        this.prices = prices;
        this.eligible = eligible;
        this.days = thresholds.lookbackDays();
    }

    LogTables thresholds() {
        return thresholds;
    }

    /**
     * The table's plan, its Analytics GB priced at the price list times
     * {@code billedRate}, the workspace's bill over its priced ingestion where that is
     * below 1 (a commitment tier or another discount; null: the price list).
     */
    public TablePlanRecommendation advise(TableUsage table, BigDecimal billedRate) {
        TablePlanRecommendation advice = judge(table, billedRate);
        return MonthlyRate.fitsTheLake(advice.monthlySavings()) ? advice : keep(table, advice.queryCost(),
                "its figures make a saving too large to be real, or to be written to the lake");
    }

    private TablePlanRecommendation judge(TableUsage table, BigDecimal billedRate) {
        BigDecimal queryCost = table.queriesKnown() ? table.scannedGb().multiply(prices.logsQueryScannedGb()) : null;
        if (table.plan().equalsIgnoreCase(ANALYTICS)) {
            return analytics(table, queryCost, billedRate);
        }
        if (table.plan().equalsIgnoreCase(BASIC)) {
            return basic(table, queryCost, billedRate);
        }
        return keep(table, queryCost, "the " + table.plan() + " plan is not assessed");
    }

    private TablePlanRecommendation analytics(TableUsage table, BigDecimal queryCost, BigDecimal billedRate) {
        if (!eligible.contains(table.table())) {
            return keep(table, queryCost, "not eligible for the Basic plan");
        }
        if (!table.queriesKnown()) {
            return keep(table, null, "query auditing (LAQueryLogs) is off in this workspace, so how often the table "
                    + "is read is unknown");
        }
        BigDecimal monthlyGb = MonthlyRate.of(table.billableGb(), days);
        BigDecimal monthlyQueries = MonthlyRate.of(BigDecimal.valueOf(table.queries()), days);
        if (monthlyGb.compareTo(thresholds.basicMinMonthlyGb()) < 0) {
            return keep(table, queryCost, gb(monthlyGb) + " GB a month is too little to be worth a plan change");
        }
        if (monthlyQueries.compareTo(BigDecimal.valueOf(thresholds.basicMaxMonthlyQueries())) > 0) {
            return keep(table, queryCost, "queried " + count(monthlyQueries) + " times a month: in regular use");
        }
        BigDecimal savings = MonthlyRate.inCents(ingestionSaving(table, billedRate).subtract(queryCost), days);
        if (savings.compareTo(thresholds.minMonthlySavings()) < 0) {
            return keep(table, queryCost, "the saving, " + money(savings)
                    + " a month net of query charges, is below min-monthly-savings" + priced(billedRate));
        }
        return new TablePlanRecommendation(table, queryCost, BASIC, savings,
                MonthlyRate.inCents(ingestionSaving(table, null), days).negate(),
                "used only for occasional " + "troubleshooting (" + count(monthlyQueries)
                        + " queries a month): Basic ingestion costs " + money(prices.basicLogsGb())
                        + " a GB instead of " + money(analyticsPrice(billedRate)) + ", and its queries would cost "
                        + money(MonthlyRate.inCents(queryCost, days)) + " a month" + priced(billedRate)
                        + (billedRate == null ? "" : "; a commitment tier is committed for 31 days "
                                + "from its choice: check that the workspace's tier still fits the ingestion left on "
                                + "Analytics"));
    }

    /**
     * What a GB on Analytics costs the workspace: the price list, times its billed rate
     * where it is discounted.
     */
    private BigDecimal analyticsPrice(BigDecimal billedRate) {
        return billedRate == null ? prices.logAnalyticsGb() : prices.logAnalyticsGb().multiply(billedRate);
    }

    /** How the Analytics GB is priced, where not at the price list. */
    private static String priced(BigDecimal billedRate) {
        return billedRate == null ? "" : String.format(Locale.ROOT, " (Analytics at the workspace's billed price: "
                + "its bill is %.1f %% of its ingestion at the price list, a commitment tier or another discount)",
                billedRate.doubleValue() * 100);
    }

    private TablePlanRecommendation basic(TableUsage table, BigDecimal queryCost, BigDecimal billedRate) {
        if (!table.queriesKnown()) {
            return keep(table, null,
                    "query auditing (LAQueryLogs) is off in this workspace, so what its queries " + "cost is unknown");
        }
        BigDecimal savings = MonthlyRate.inCents(queryCost.subtract(ingestionSaving(table, billedRate)), days);
        if (savings.compareTo(thresholds.minMonthlySavings()) < 0) {
            return keep(table, queryCost,
                    "its query charges stay below what the Basic plan saves on ingestion" + priced(billedRate));
        }
        return new TablePlanRecommendation(table, queryCost, ANALYTICS, savings,
                MonthlyRate.inCents(ingestionSaving(table, null), days),
                "queried " + count(MonthlyRate.of(BigDecimal.valueOf(table.queries()), days))
                        + " times a month, scanning " + gb(MonthlyRate.of(table.scannedGb(), days))
                        + " GB: its query charges exceed what the Basic plan " + "saves on ingestion"
                        + priced(billedRate));
    }

    /**
     * What ingesting the table's GB on Basic instead of Analytics saves over the
     * lookback, Analytics at the workspace's billed price ({@link #analyticsPrice}; null:
     * the price list, which is what an estimate charges).
     */
    private BigDecimal ingestionSaving(TableUsage table, BigDecimal billedRate) {
        return table.billableGb().multiply(analyticsPrice(billedRate).subtract(prices.basicLogsGb()));
    }

    private static TablePlanRecommendation keep(TableUsage table, BigDecimal queryCost, String reason) {
        return new TablePlanRecommendation(table, queryCost, table.plan(), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), reason);
    }

    private static String gb(BigDecimal gb) {
        return String.format(Locale.ROOT, "%,.1f", gb.setScale(1, RoundingMode.HALF_EVEN));
    }

    private static String count(BigDecimal count) {
        return String.format(Locale.ROOT, "%,d", count.setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
    }

    /** A price or an amount in the job's currency: {@code 2.30 USD}. */
    private String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f %s", amount, currency);
    }

}
