package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads an answer of the Prometheus HTTP API's instant query
 * ({@code {"status":"success","data":{"resultType":"vector","result":[{"metric":{…},
 * "value":[<time>,"<value>"]}]}}}) a series at a time, with Jackson's streaming parser:
 * an answer of a large cluster holds tens of thousands of series. An answer whose status
 * is {@code error}, or whose result is not a vector, is refused with the server's words.
 */
public final class PrometheusAnswerParser {

    /** How the message of a refusal by the server begins. */
    static final String QUERY_FAILED = "the query failed: ";

    private static final JsonFactory JSON = new JsonFactory();

    private PrometheusAnswerParser() {
    }

    /**
     * @throws IllegalArgumentException when the body is not a successful vector answer;
     * its message says why
     */
    public static void parse(InputStream body, Consumer<PromSeries> series) throws IOException {
        try (JsonParser json = JSON.createParser(body)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "the answer is not a Prometheus API response");
            String status = null;
            String errorType = null;
            String error = null;
            boolean data = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "status" -> status = json.getValueAsString();
                    case "errorType" -> errorType = json.getValueAsString();
                    case "error" -> error = json.getValueAsString();
                    case "data" -> {
                        data = true;
                        data(json, series);
                    }
                    default -> json.skipChildren();
                }
            }
            expect(!"error".equals(status), QUERY_FAILED + errorType + ": " + error);
            expect("success".equals(status) && data, "the answer has no data (status " + status + ")");
        }
    }

    private static void data(JsonParser json, Consumer<PromSeries> series) throws IOException {
        expect(json.currentToken() == JsonToken.START_OBJECT, "the answer's data is not an object");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if ("resultType".equals(field)) {
                expect("vector".equals(json.getValueAsString()),
                        "the answer is a " + json.getValueAsString() + ", not an instant vector");
            }
            else if ("result".equals(field)) {
                expect(json.currentToken() == JsonToken.START_ARRAY, "the answer's result is not a list");
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    PromSeries one = series(json);
                    if (!Double.isNaN(one.value())) {
                        series.accept(one);
                    }
                }
            }
            else {
                json.skipChildren();
            }
        }
    }

    private static PromSeries series(JsonParser json) throws IOException {
        Map<String, String> labels = new HashMap<>();
        Double value = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if ("metric".equals(field)) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    labels.put(name, json.getValueAsString());
                }
            }
            else if ("value".equals(field)) {
                expect(json.currentToken() == JsonToken.START_ARRAY, "a series' value is not [time, value]");
                json.nextToken();
                json.nextToken();
                value = number(json.getValueAsString());
                expect(json.nextToken() == JsonToken.END_ARRAY, "a series' value is not [time, value]");
            }
            else {
                json.skipChildren();
            }
        }
        expect(value != null, "a series has no value");
        return new PromSeries(labels, value);
    }

    /** Prometheus writes a sample's value as a string: a decimal, NaN, +Inf or -Inf. */
    private static double number(String text) {
        expect(text != null, "a series' value is not a number");
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(text);
                }
                catch (NumberFormatException e) {
                    throw new IllegalArgumentException("a series' value is not a number: '" + text + "'");
                }
            }
        };
    }

    private static void expect(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalArgumentException(otherwise);
        }
    }

}
