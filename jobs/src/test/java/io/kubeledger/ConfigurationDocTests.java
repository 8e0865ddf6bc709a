package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.kubeledger.config.KubeledgerProperties;

/**
 * docs/configuration.md lists every key the properties bind, and no other: its table
 * cannot drift from the code. The keys are read from the properties' records as Spring
 * binds them (kebab-case, {@code []} for a list's items, {@code
 * <name>} for a map's keys).
 */
class ConfigurationDocTests {

    private static final Path DOC = Path.of("../docs/configuration.md");

    /**
     * A row's first cell: one key, or several (`a.b`, `c`), a bare one named in the first
     * one's parent.
     */
    private static final Pattern FIRST_CELL = Pattern.compile("(?m)^\\| (`[^|]+`) \\|");

    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    @Test
    void theConfigurationTableListsEveryBoundKeyAndNoOther() throws IOException {
        Set<String> bound = new TreeSet<>();
        keys(KubeledgerProperties.class, "", bound);
        Set<String> documented = new TreeSet<>();
        Matcher row = FIRST_CELL.matcher(Files.readString(DOC));
        while (row.find()) {
            Matcher key = KEY.matcher(row.group(1));
            String parent = null;
            while (key.find()) {
                String name = key.group(1).replaceAll("<[^>]+>", "<name>");
                if (parent == null) {
                    parent = name.contains(".") ? name.substring(0, name.lastIndexOf('.') + 1) : "";
                    documented.add(name);
                }
                else {
                    documented.add(name.contains(".") ? name : parent + name);
                }
            }
        }

        assertThat(documented).containsExactlyElementsOf(bound);
    }

    private static void keys(Class<?> type, String prefix, Set<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + kebab(component.getName());
            Class<?> value = component.getType();
            if (ours(value)) {
                keys(value, key + ".", keys);
            }
            else if (List.class.isAssignableFrom(value)) {
                Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (ours(item)) {
                    keys(item, key + "[].", keys);
                }
                else {
                    keys.add(key + "[]");
                }
            }
            else if (Map.class.isAssignableFrom(value)) {
                keys.add(key + ".<name>");
            }
            else {
                keys.add(key);
            }
        }
    }

    private static boolean ours(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("io.kubeledger");
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

}
