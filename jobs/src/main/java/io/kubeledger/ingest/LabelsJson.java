package io.kubeledger.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the {@code Labels} JSON object of an export row. Kubernetes label values are
 * strings, each label once; a value that is not a string, or a label given twice, is kept
 * as a description in parentheses, which no label value can be, so that it names nobody
 * and is still shown for what it was. A null value is no label.
 */
final class LabelsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private LabelsJson() {
    }

    static Map<String, String> parse(String json) throws BadRowException {
        Map<String, String> labels = new HashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRowException("Labels is not a JSON object");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                String value = value(parser, parser.nextToken());
                if (labels.containsKey(name)) {
                    labels.put(name, "(given twice)");
                }
                else if (value != null) {
                    labels.put(name, value);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new BadRowException("Labels is not a JSON object");
            }
        }
        catch (JsonProcessingException e) {
            throw new BadRowException("Labels is not a JSON object: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to be read", e);
        }
        return labels;
    }

    private static String value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield "(not a string: " + (token == JsonToken.START_OBJECT ? "an object" : "an array") + ")";
            }
            default -> "(not a string: " + parser.getText() + ")";
        };
    }

}
