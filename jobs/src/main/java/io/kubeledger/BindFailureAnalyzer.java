package io.kubeledger;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Reports a key the configuration cannot bind as Spring Boot does, without its secrets:
 * Boot's own report prints each value, so a misspelt {@code account-key} would print the
 * storage account's key. Values of keys that name a secret are hidden, and so are the
 * query strings of URLs. Refusals of our own ({@link StartRefusal}, such as a
 * configuration that binds but is wrong) are reported by
 * {@link StartRefusalFailureAnalyzer}, which is asked first: the first analyzer with an
 * answer is the one Spring Boot uses.
 */
class BindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        StringBuilder description = new StringBuilder("Binding to target ").append(cause.getTarget())
            .append(" failed:\n");
        if (cause.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
            unbound.getUnboundProperties().forEach(property -> describe(description, property));
            description.append("\n    Reason: no such key under ").append(cause.getName());
        }
        else {
            if (cause.getProperty() != null) {
                describe(description, cause.getProperty());
            }
            boolean secret = cause.getProperty() != null
                    && Secrets.namesASecret(cause.getProperty().getName().toString());
            description.append("\n    Reason: ")
                .append(secret || cause.getCause() == null ? "the value cannot be bound"
                        : cause.getCause().getMessage());
        }
        return new FailureAnalysis(description.toString(),
                "Correct or remove the keys named above (docs/configuration.md lists "
                        + "every key under kubeledger.), then start the run again.",
                null);
    }

    private static void describe(StringBuilder description, ConfigurationProperty property) {
        String name = property.getName().toString();
        description.append("\n    Property: ")
            .append(name)
            .append("\n    Value: \"")
            .append(Secrets.shown(name, property.getValue()))
            .append('"')
            .append("\n    Origin: ")
            .append(property.getOrigin());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

}
