package io.kubeledger.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/lake.md lists every column of every dataset, in the order of its files and with
 * its type, as {@link LakeSchemas} declares them: the tables say what the values mean,
 * the schemas say what the columns are.
 */
class LakeDocTests {

    private static final Pattern SECTION = Pattern.compile("^## `([a-z-]+)`$", Pattern.MULTILINE);

    /** A dataset's section ends at the next section of any kind. */
    private static final Pattern HEADING = Pattern.compile("^## ", Pattern.MULTILINE);

    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[A-Za-z_]+`(?:, )?)+) \\| ([^|]+?) \\|",
            Pattern.MULTILINE);

    static List<LakeSchema<?>> datasets() {
        return LakeSchemas.ALL;
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void theDocsListEachColumnInOrderWithItsType(LakeSchema<?> dataset) throws IOException {
        // given
        Map<String, String> declared = new LinkedHashMap<>();
        dataset.columns().forEach(column -> declared.put(column.name(), column.documented()));

        // when
        Map<String, String> documented = documented(dataset.dataset());

        // then: a type may be followed by a remark in brackets, "string (JSON)"
        assertThat(documented.keySet()).as("the columns of " + dataset.dataset() + " in docs/lake.md, in order")
            .containsExactlyElementsOf(declared.keySet());
        SoftAssertions.assertSoftly(
                types -> documented.forEach((column, type) -> types.assertThat(type.replaceAll(" \\([^)]*\\)", ""))
                    .as("the type of " + dataset.dataset() + "." + column + " in docs/lake.md")
                    .isEqualTo(declared.get(column))));
    }

    /**
     * The columns of the dataset's table in docs/lake.md, with their types, in the
     * table's order.
     */
    private static Map<String, String> documented(String dataset) throws IOException {
        String doc = Files.readString(Path.of("../docs/lake.md"));
        Matcher section = SECTION.matcher(doc);
        int start = -1;
        while (section.find()) {
            if (section.group(1).equals(dataset)) {
                start = section.end();
            }
        }
        List<Integer> starts = HEADING.matcher(doc).results().map(MatchResult::start).toList();
        assertThat(start).as("a section ## `" + dataset + "` in docs/lake.md").isPositive();
        int from = start;
        int end = starts.stream().filter(s -> s > from).findFirst().orElse(doc.length());
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher row = ROW.matcher(doc.substring(start, end));
        while (row.find()) {
            for (String name : row.group(1).split(", ")) {
                columns.put(name.replace("`", ""), row.group(2).trim());
            }
        }
        return columns;
    }

}
