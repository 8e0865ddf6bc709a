package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a snapshot's inputs cost per day, computed by DuckDB straight from the files
 * (export CSVs, query answers, ARM tables lists) and the prices of its configuration: the
 * amount the lake must add up to, found without the job.
 */
final class SnapshotTotals {

    private static final Pattern WORKSPACE = Pattern.compile("workspace-id: (\\S+)\\s+workspace-resource-id: /(\\S+)");

    private static final Pattern PRICE = Pattern.compile("(log-analytics|basic-logs|auxiliary-logs)-gb: (\\S+)");

    private static final String ROWS = "columns = {tables: 'STRUCT(name VARCHAR, \"rows\" JSON[])[]'}";

    private SnapshotTotals() {
    }

    /**
     * Exports' TotalCost plus the billable ingestion cost of the configured workspaces,
     * per day of [from, to].
     */
    static Map<String, BigDecimal> daily(Path snapshot, Path config, String from, String to)
            throws IOException, SQLException {
        String yaml = Files.readString(config);
        Set<String> workspaces = new LinkedHashSet<>();
        Matcher workspace = WORKSPACE.matcher(yaml);
        while (workspace.find()) {
            workspaces.add("('%s', '%s')".formatted(workspace.group(1), workspace.group(2).toLowerCase()));
        }
        Map<String, String> prices = new TreeMap<>();
        Matcher price = PRICE.matcher(yaml);
        while (price.find()) {
            prices.put(price.group(1), price.group(2));
        }
        String root = snapshot.toAbsolutePath().normalize().toString();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (List<Object> row : NightlyJobEndToEndTests
            .query("""
                    WITH workspaces(workspace_id, arm_path) AS (VALUES %2$s),
                    plans AS (
                      SELECT regexp_extract(filename, '/arm/(.*)/tables\\.json$', 1) AS arm_path, t.name AS table_name,
                             t.properties.plan AS plan
                      FROM (SELECT unnest(value) AS t, filename FROM read_json('%1$s/arm/**/tables.json', filename = true))),
                    prices(plan, per_gb) AS (VALUES ('Analytics', CAST('%3$s' AS DECIMAL(38, 12))),
                      ('Basic', CAST('%4$s' AS DECIMAL(38, 12))), ('Auxiliary', CAST('%5$s' AS DECIMAL(38, 12)))),
                    usage AS (
                      SELECT regexp_extract(filename, '/logs/([^/]+)/', 1) AS workspace_id, left(r->>0, 10) AS day,
                             r->>1 AS table_name, CAST(r->>2 AS DECIMAL(38, 12)) AS gb
                      FROM (SELECT unnest(tables[1].rows) AS r, filename
                            FROM read_json('%1$s/logs/*/usage.json', filename = true, %6$s))),
                    container_logs AS (
                      SELECT regexp_extract(filename, '/logs/([^/]+)/', 1) AS workspace_id, left(r->>0, 10) AS day,
                             'ContainerLogV2' AS table_name,
                             CAST(r->>3 AS DECIMAL(38, 0)) * CAST('0.000000001' AS DECIMAL(18, 9)) AS gb
                      FROM (SELECT unnest(tables[1].rows) AS r, filename
                            FROM read_json('%1$s/logs/*/container-logs.json', filename = true, %6$s))),
                    charged AS (SELECT * FROM usage WHERE table_name <> 'ContainerLogV2' UNION ALL SELECT * FROM container_logs),
                    ingestion AS (
                      SELECT day, sum(gb * per_gb) AS cost
                      FROM charged JOIN workspaces USING (workspace_id) LEFT JOIN plans USING (arm_path, table_name)
                           JOIN prices ON prices.plan = coalesce(plans.plan, 'Analytics')
                      GROUP BY day),
                    exported AS (
                      SELECT "Date" AS day, sum(CAST("TotalCost" AS DECIMAL(38, 20))) AS cost
                      FROM read_csv('%1$s/blob/*/*/*.csv', union_by_name = true, all_varchar = true) GROUP BY 1)
                    SELECT day, coalesce(exported.cost, 0) + coalesce(ingestion.cost, 0)
                    FROM exported FULL JOIN ingestion USING (day)
                    WHERE day BETWEEN '%7$s' AND '%8$s'
                    """
                .formatted(root, String.join(", ", workspaces), prices.get("log-analytics"), prices.get("basic-logs"),
                        prices.get("auxiliary-logs"), ROWS, from, to))) {
            totals.put((String) row.get(0), (BigDecimal) row.get(1));
        }
        return totals;
    }

    /**
     * What the newest run of a snapshot's cost export (the generator's) billed the fleet
     * each day: every row but the generator's database of another team, summed by DuckDB
     * from the CSV text.
     */
    static Map<String, BigDecimal> billedDaily(Path snapshot) throws IOException, SQLException {
        Path export = snapshot.resolve("blob/stbilling/exports/focus/kubeledger-focus");
        Path newest;
        try (Stream<Path> runs = Files.walk(export, 2)) {
            newest = runs.filter(path -> export.relativize(path).getNameCount() == 2)
                .max(Comparator.comparing(path -> path.getFileName().toString()))
                .orElseThrow();
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (List<Object> row : NightlyJobEndToEndTests.query("""
                SELECT left(ChargePeriodStart, 10), sum(CAST(EffectiveCost AS DECIMAL(38, 12)))
                FROM read_csv('%s/*/part_*.csv', all_varchar = true)
                WHERE ResourceId NOT LIKE '%%/microsoft.sql/%%' GROUP BY 1
                """.formatted(newest.toAbsolutePath().normalize()))) {
            totals.put((String) row.get(0), (BigDecimal) row.get(1));
        }
        return totals;
    }

    /**
     * Each of the {@code days} days of the lake is the inputs' total for that day,
     * rounded once to 12 digits.
     */
    /**
     * Each day of the lake under {@code out} adds up to its inputs: within half a unit of
     * the 12th decimal for each reconciled unit of the day (a cluster's bucket, a
     * workspace, the rest of a cluster's lines), which is rounded on its own.
     */
    static void assertEveryDayMatches(Path out, Map<String, BigDecimal> inputs, int days) throws SQLException {
        Map<String, BigDecimal> charged = new TreeMap<>();
        Map<String, BigDecimal> tolerance = new TreeMap<>();
        for (List<Object> row : NightlyJobEndToEndTests.query("""
                SELECT strftime(ChargePeriodStart AT TIME ZONE 'UTC', '%%Y-%%m-%%d'), sum(EffectiveCost),
                       count(DISTINCT CASE WHEN x_CostBucket IS NULL AND ResourceType LIKE '%%/workspaces'
                                           THEN ResourceId ELSE x_Cluster || '/' || coalesce(x_CostBucket, '') END)
                FROM read_parquet('%s/lake/chargeback/*/*.parquet') GROUP BY 1
                """.formatted(out))) {
            charged.put((String) row.get(0), (BigDecimal) row.get(1));
            tolerance.put((String) row.get(0),
                    new BigDecimal("0.0000000000005").multiply(BigDecimal.valueOf(((Number) row.get(2)).longValue())));
        }
        assertThat(charged).hasSize(days).containsOnlyKeys(inputs.keySet());
        inputs.forEach((day, cost) -> assertThat(charged.get(day).subtract(cost).abs()).as(day)
            .isLessThanOrEqualTo(tolerance.get(day)));
    }

}
