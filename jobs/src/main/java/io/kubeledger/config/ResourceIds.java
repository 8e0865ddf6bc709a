package io.kubeledger.config;

import java.util.Locale;

/** Azure Resource Manager ids: {@code /subscriptions/…/providers/<type>/<name>}. */
public final class ResourceIds {

    private ResourceIds() {
    }

    /** A resource's name: the last segment of its id. */
    public static String name(String resourceId) {
        return resourceId.substring(resourceId.lastIndexOf('/') + 1);
    }

    /**
     * A resource's type as its id writes it ({@code Microsoft.Dashboard/grafana}): the
     * provider namespace and type after the last {@code /providers/}; empty when the id
     * names none.
     */
    public static String type(String resourceId) {
        int providers = resourceId.toLowerCase(Locale.ROOT).lastIndexOf("/providers/");
        if (providers < 0) {
            return "";
        }
        String[] segments = resourceId.substring(providers + "/providers/".length()).split("/");
        return segments.length >= 2 ? segments[0] + "/" + segments[1] : "";
    }

    /** A resource's subscription id: the segment after {@code /subscriptions/}. */
    public static String subscription(String resourceId) {
        String[] segments = resourceId.split("/");
        return segments.length > 2 && segments[1].equalsIgnoreCase("subscriptions") ? segments[2] : "";
    }

}
