package io.kubeledger;

import java.util.List;
import java.util.Locale;

/**
 * What a message may show of a configuration value: nothing of a key that names a secret
 * (an account key, a password, a token), and no query string of a URL (a SAS token is
 * one).
 */
final class Secrets {

    static final String HIDDEN = "******";

    private static final List<String> SECRET_WORDS = List.of("key", "password", "passwd", "secret", "token", "sas",
            "signature", "credential", "connectionstring");

    private Secrets() {
    }

    static boolean namesASecret(String key) {
        String name = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return SECRET_WORDS.stream().anyMatch(name::contains);
    }

    static String shown(String key, Object value) {
        if (value == null) {
            return null;
        }
        if (namesASecret(key)) {
            return HIDDEN;
        }
        String text = value.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query) + "?" + HIDDEN;
    }

}
