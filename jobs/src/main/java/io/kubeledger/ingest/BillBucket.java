package io.kubeledger.ingest;

import java.util.Locale;
import java.util.Map;

import io.kubeledger.config.ResourceIds;

/**
 * What a cluster's bill row pays for, as the idle cost is reckoned per kind: the node
 * pools' machines, their disks, their network, anything else of the node resource group,
 * and the cluster resource's own fee (the uptime SLA tier, Defender), which no container
 * is allocated.
 */
public enum BillBucket {

    COMPUTE("compute"), STORAGE("storage"), NETWORK("network"), OTHER("other"), CLUSTER_FEE("cluster-fee");

    /**
     * The display names Cost Management writes in FOCUS {@code ResourceType} for the node
     * resource group's kinds, in lower case, with their ARM types; used only where a row
     * has neither a resource id nor {@code x_ResourceType}.
     */
    private static final Map<String, String> ARM_TYPE_BY_DISPLAY_NAME = Map.ofEntries(
            Map.entry("virtual machine scale set", "microsoft.compute/virtualmachinescalesets"),
            Map.entry("virtual machine", "microsoft.compute/virtualmachines"),
            Map.entry("disk", "microsoft.compute/disks"), Map.entry("snapshot", "microsoft.compute/snapshots"),
            Map.entry("load balancer", "microsoft.network/loadbalancers"),
            Map.entry("public ip address", "microsoft.network/publicipaddresses"),
            Map.entry("public ip prefix", "microsoft.network/publicipprefixes"),
            Map.entry("network interface", "microsoft.network/networkinterfaces"),
            Map.entry("virtual network", "microsoft.network/virtualnetworks"),
            Map.entry("network security group", "microsoft.network/networksecuritygroups"),
            Map.entry("nat gateway", "microsoft.network/natgateways"),
            Map.entry("private endpoint", "microsoft.network/privateendpoints"));

    private final String value;

    BillBucket(String value) {
        this.value = value;
    }

    /** The lake's and the reports' name of the bucket. */
    public String value() {
        return value;
    }

    /**
     * The bucket of a node resource group's resource, by its ARM type ({@link #armType}).
     */
    static BillBucket ofNodeResource(String armType) {
        if (armType.equals("microsoft.compute/virtualmachinescalesets")
                || armType.equals("microsoft.compute/virtualmachines")) {
            return COMPUTE;
        }
        if (armType.equals("microsoft.compute/disks") || armType.equals("microsoft.compute/snapshots")) {
            return STORAGE;
        }
        if (armType.startsWith("microsoft.network/")) {
            return NETWORK;
        }
        return OTHER;
    }

    /**
     * A bill row's ARM resource type in lower case ({@code microsoft.compute/disks}):
     * from the provider segment of its resource id, else from {@code x_ResourceType},
     * else from the display name Cost Management puts in FOCUS {@code ResourceType}
     * ("Virtual machine scale set"); empty when none says.
     */
    static String armType(String resourceId, String xResourceType, String resourceType) {
        String ofId = ResourceIds.type(resourceId);
        if (!ofId.isEmpty()) {
            return ofId.toLowerCase(Locale.ROOT);
        }
        if (xResourceType.contains("/")) {
            return xResourceType.toLowerCase(Locale.ROOT);
        }
        String named = resourceType.toLowerCase(Locale.ROOT);
        return named.contains("/") ? named : ARM_TYPE_BY_DISPLAY_NAME.getOrDefault(named, "");
    }

}
