package io.kubeledger.config;

/** Azure Resource Manager ids: {@code /subscriptions/…/providers/<type>/<name>}. */
public final class ResourceIds {

    private ResourceIds() {
    }

    /** A resource's name: the last segment of its id. */
    public static String name(String resourceId) {
        return resourceId.substring(resourceId.lastIndexOf('/') + 1);
    }

    /** A resource's subscription id: the segment after {@code /subscriptions/}. */
    public static String subscription(String resourceId) {
        String[] segments = resourceId.split("/");
        return segments.length > 2 && segments[1].equalsIgnoreCase("subscriptions") ? segments[2] : "";
    }

}
