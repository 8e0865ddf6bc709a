package io.kubeledger;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.stereotype.Component;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;

/**
 * Every fault of the configuration at once, as a refusal (exit 78) rather than Spring's
 * first binding error (exit 1, which a Job retries): a value that cannot be converted
 * ({@code "$4000"}, an enum's typo) is noted and binding goes on, an unknown key under
 * {@code kubeledger.} is named with the nearest known one, and the checks of
 * {@link KubeledgerProperties#problems} are added; the start is then refused with all of
 * them.
 */
@Component
class ConfigurationFaults implements ConfigurationPropertiesBindHandlerAdvisor {

    @Override
    public BindHandler apply(BindHandler bindHandler) {
        return new Collecting(bindHandler);
    }

    /** Notes each fault of one binding and refuses it at the end. */
    private static final class Collecting extends AbstractBindHandler {

        private final Set<String> problems = new LinkedHashSet<>();

        private final Set<String> known = new TreeSet<>();

        private InvalidConfigurationException refusal;

        Collecting(BindHandler parent) {
            super(parent);
        }

        @Override
        public <T> Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target, BindContext context) {
            known.add(name.toString());
            return super.onStart(name, target, context);
        }

        @Override
        public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result)
                throws Exception {
            if (context.getDepth() == 0 && result instanceof KubeledgerProperties properties) {
                problems.addAll(properties.problems());
            }
            super.onFinish(name, target, context, result);
            if (context.getDepth() == 0 && !problems.isEmpty()) {
                throw refused();
            }
        }

        @Override
        public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                Exception error) throws Exception {
            if (error == refusal) {
                throw error;
            }
            try {
                return super.onFailure(name, target, context, error);
            }
            catch (Exception failure) {
                note(name, target, context, failure);
            }
            if (context.getDepth() == 0) {
                try {
                    // the unknown keys too, which are checked only once the whole binding
                    // has gone well
                    super.onFinish(name, target, context, null);
                }
                catch (UnboundConfigurationPropertiesException unbound) {
                    note(name, target, context, unbound);
                }
                throw refused();
            }
            return null;
        }

        private void note(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnboundConfigurationPropertiesException unbound) {
                    unbound.getUnboundProperties().forEach(property -> problems.add(unknown(property)));
                    return;
                }
                if (cause instanceof InvalidConfigurationException invalid) {
                    problems.addAll(invalid.problems());
                    return;
                }
            }
            problems.add(cannotBind(name, target, context.getConfigurationProperty(), failure));
        }

        /**
         * The refusal of this binding, all its faults named; thrown once, and passed on
         * as it is.
         */
        private InvalidConfigurationException refused() {
            refusal = new InvalidConfigurationException(List.copyOf(problems));
            return refusal;
        }

        private String unknown(ConfigurationProperty property) {
            String name = property.getName().toString();
            return name + ": no such key"
                    + known.stream()
                        .filter(key -> !key.equals(name))
                        .min(Comparator.comparingInt(key -> distance(key, name)))
                        .map(key -> "; did you mean " + key + "?")
                        .orElse("")
                    + " (" + property.getOrigin() + ")";
        }

        private static String cannotBind(ConfigurationPropertyName name, Bindable<?> target,
                ConfigurationProperty property, Exception failure) {
            String key = name.toString();
            String value = property == null ? "" : " '" + Secrets.shown(key, property.getValue()) + "'";
            Class<?> type = target.getType().resolve();
            if (type != null && type.isEnum()) {
                return key + ":" + value + " must be one of "
                        + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(Collectors.joining(", "));
            }
            Throwable cause = failure;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return key + ":" + value + " cannot be read" + (type == null ? "" : " as " + type.getSimpleName())
                    + (Secrets.namesASecret(key) ? "" : " (" + cause.getMessage() + ")");
        }

    }

    /**
     * Levenshtein's distance between two keys: how many characters to change, add or
     * remove.
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}
