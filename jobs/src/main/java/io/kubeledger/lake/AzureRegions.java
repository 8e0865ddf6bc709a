package io.kubeledger.lake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The display names of Azure's regions (FOCUS {@code RegionName}) by ARM location, from
 * {@code azure-regions.csv}.
 */
final class AzureRegions {

    private static final Map<String, String> NAMES = load();

    private AzureRegions() {
    }

    /**
     * The region's display name; the location itself for a region the table does not know
     * yet.
     */
    static String name(String location) {
        return NAMES.getOrDefault(location.toLowerCase(Locale.ROOT), location);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = AzureRegions.class.getResourceAsStream("/azure-regions.csv")) {
            if (in == null) {
                throw new IllegalStateException("azure-regions.csv is not in the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split(",", 2);
                    names.put(cells[0], cells[1]);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read azure-regions.csv", e);
        }
        return Map.copyOf(names);
    }

}
