package io.kubeledger.source;

import java.util.Map;

/** One series of an instant query's vector: its labels and its value. */
public record PromSeries(Map<String, String> labels, double value) {

    public String label(String name) {
        return labels.getOrDefault(name, "");
    }
}
