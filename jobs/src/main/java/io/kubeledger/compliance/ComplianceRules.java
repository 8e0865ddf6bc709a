package io.kubeledger.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kubeledger.compliance.RecommendedSetting.Condition;
import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;
import io.kubeledger.run.SqlFiles;

/**
 * The data files the diagnostic-settings checks follow: the recommended settings
 * (bundled, or the configured file) and the category groups. A line that cannot be read
 * stops the run at start, naming file and line.
 */
public record ComplianceRules(List<RecommendedSetting> recommendations, CategoryGroups groups) {

    static final String RECOMMENDATIONS = "compliance/recommended-diagnostic-settings.csv";
    static final String GROUPS = "compliance/category-groups.csv";

    /**
     * The rules of the configured file, or the bundled ones; a line that cannot be read
     * is a wrong configuration.
     */
    public static ComplianceRules configured(Path recommendationsFile) {
        try {
            return load(recommendationsFile);
        }
        catch (IllegalStateException e) {
            throw new InvalidConfigurationException(
                    List.of("kubeledger.compliance.recommended-settings: " + e.getMessage()));
        }
    }

    public static ComplianceRules load(Path recommendationsFile) {
        String recommendations;
        String name;
        if (recommendationsFile == null) {
            recommendations = SqlFiles.load(RECOMMENDATIONS);
            name = "sql/" + RECOMMENDATIONS;
        }
        else {
            try {
                recommendations = Files.readString(recommendationsFile);
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read " + recommendationsFile.toAbsolutePath(), e);
            }
            name = recommendationsFile.toString();
        }
        List<RecommendedSetting> settings = new ArrayList<>();
        for (Line line : rows(name, recommendations, 5)) {
            try {
                String[] c = line.cells();
                boolean enable = switch (c[1]) {
                    case "enable" -> true;
                    case "disable" -> false;
                    default ->
                        throw new IllegalArgumentException("setting must be enable or disable, was '" + c[1] + "'");
                };
                if (enable && c[2].isEmpty()) {
                    throw new IllegalArgumentException("an enabled category needs a destination");
                }
                settings.add(new RecommendedSetting(c[0], enable, enable ? Destination.of(c[2]) : null,
                        Condition.of(c[3]), Severity.valueOf(c[4].toUpperCase(Locale.ROOT))));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ", line " + line.number() + ": " + e.getMessage(), e);
            }
        }
        List<String[]> groups = rows("sql/" + GROUPS, SqlFiles.load(GROUPS), 2).stream().map(Line::cells).toList();
        return new ComplianceRules(List.copyOf(settings), new CategoryGroups(groups));
    }

    private record Line(int number, String[] cells) {
    }

    /**
     * The data lines of a small CSV: no quoting, {@code #} comments, a header line first.
     */
    private static List<Line> rows(String name, String text, int columns) {
        List<Line> rows = new ArrayList<>();
        List<String> lines = text.lines().toList();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(name + ", line " + (i + 1) + ": " + columns
                        + " comma-separated columns expected, found " + cells.length + ": " + line);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(new Line(i + 1, cells));
        }
        return rows;
    }
}
