package io.kubeledger.lake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.parquet.schema.MessageType;

/**
 * The FOCUS metadata of a {@code chargeback} file, in its Parquet key-value metadata, as
 * FOCUS 1.2's metadata names them: the FOCUS version the columns follow, the data
 * generator, a schema id that changes whenever the columns do (a digest of the Parquet
 * schema) and the creation date (the run's report date, so that a rerun writes the same
 * bytes).
 */
final class FocusMetadata {

    static final String FOCUS_VERSION = "1.2";
    static final String DATA_GENERATOR = "kubeledger";

    private FocusMetadata() {
    }

    static Map<String, String> of(MessageType schema, LocalDate reportDate) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("FocusVersion", FOCUS_VERSION);
        metadata.put("DataGenerator", DATA_GENERATOR);
        metadata.put("SchemaId", schemaId(schema));
        metadata.put("CreationDate", reportDate.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        return Collections.unmodifiableMap(metadata);
    }

    private static String schemaId(MessageType schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(schema.toString().getBytes(StandardCharsets.UTF_8));
            return "kubeledger-chargeback-" + HexFormat.of().formatHex(digest, 0, 6);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

}
