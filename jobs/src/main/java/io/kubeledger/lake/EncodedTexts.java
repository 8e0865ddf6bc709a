package io.kubeledger.lake;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.parquet.io.api.Binary;

/**
 * The UTF-8 bytes of the texts of a month's chargeback files, each text encoded once for
 * all the month's days: a day's file repeats the teams, clusters and resources of every
 * other day, and its descriptions and tags too. Shared by the days' writers, which run
 * side by side.
 */
final class EncodedTexts {

    private final Map<String, Binary> encoded = new ConcurrentHashMap<>();

    Binary of(String text) {
        Binary bytes = encoded.get(text);
        return bytes != null ? bytes
                : encoded.computeIfAbsent(text, t -> Binary.fromConstantByteArray(t.getBytes(StandardCharsets.UTF_8)));
    }

}
