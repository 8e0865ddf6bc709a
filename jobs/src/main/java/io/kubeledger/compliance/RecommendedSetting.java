package io.kubeledger.compliance;

/**
 * A row of the recommended settings: a category (or {@code AllMetrics}) that should be
 * enabled to a destination, or disabled, when its condition holds.
 */
public record RecommendedSetting(String category, boolean enable, Destination destination, Condition condition,
        Severity severity) {

    public static final String ALL_METRICS = "AllMetrics";

    /** When a row applies to a cluster. */
    public enum Condition {

        ALWAYS("always"), AUTOSCALE("autoscale"), ENTRA_ID("entra-id");

        private final String value;

        Condition(String value) {
            this.value = value;
        }

        static Condition of(String value) {
            for (Condition condition : values()) {
                if (condition.value.equals(value)) {
                    return condition;
                }
            }
            throw new IllegalArgumentException("unknown condition '" + value + "' (always, autoscale, entra-id)");
        }

        boolean holdsFor(ClusterProfile cluster) {
            return switch (this) {
                case ALWAYS -> true;
                case AUTOSCALE -> cluster.autoscale();
                case ENTRA_ID -> cluster.entraId();
            };
        }

    }

    public String checkId() {
        return "diagnostic:" + category;
    }
}
