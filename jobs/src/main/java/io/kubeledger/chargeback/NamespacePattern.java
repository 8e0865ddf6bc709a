package io.kubeledger.chargeback;

import java.util.regex.Pattern;

/**
 * A namespace rule from the configuration: an exact name, or a glob where {@code *} is
 * any run and {@code ?} one character.
 */
final class NamespacePattern {

    private final Pattern pattern;

    NamespacePattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString());
    }

    boolean matches(String namespace) {
        return pattern.matcher(namespace).matches();
    }

}
