package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A node resource group's bill row is bucketed by its ARM type, whatever the bill calls
 * the type: Cost Management writes display names in FOCUS {@code ResourceType}, as
 * Microsoft's rows in the FOCUS sample data show (the first three cases are theirs,
 * resource id and type as written there).
 */
class BillBucketTests {

    @ParameterizedTest(name = "{2} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/subscriptions/9ec51cfd-5ca7-4d76-8101-dd0a4abc5674/resourcegroups/mc_analyticsengine_analyticsengine_eastus"
                    + "/providers/microsoft.compute/virtualmachinescalesets/aks-secretagent-37798712-vmss|-"
                    + "|Virtual machine scale set|microsoft.compute/virtualmachinescalesets|COMPUTE",
            "/subscriptions/73c0021f-a37d-433f-8baa-7450cb54eea6/resourcegroups/fiscalfusion/providers/microsoft.compute"
                    + "/disks/fiscalfusion-3_osdisk_1_10f99c3c2e9a470a8f9d305139390a21|-|Disk"
                    + "|microsoft.compute/disks|STORAGE",
            "/subscriptions/9ec51cfd-5ca7-4d76-8101-dd0a4abc5674/resourcegroups/analyticsengine/providers"
                    + "/microsoft.containerservice/managedclusters/analyticsengine|-|Kubernetes service"
                    + "|microsoft.containerservice/managedclusters|OTHER",
            "/subscriptions/s/resourceGroups/MC_rg_aks_weu/providers/Microsoft.Network/loadBalancers/kubernetes"
                    + "|Microsoft.Network/loadBalancers|Load balancer|microsoft.network/loadbalancers|NETWORK",
            "/subscriptions/s/resourcegroups/mc_rg_aks_weu/providers/microsoft.network/publicipaddresses/kubernetes-a1"
                    + "|-|Public IP address|microsoft.network/publicipaddresses|NETWORK",
            "/subscriptions/s/resourcegroups/mc_rg_aks_weu/providers/microsoft.compute/snapshots/backup-1|-|Snapshot"
                    + "|microsoft.compute/snapshots|STORAGE",
            "-|Microsoft.Compute/virtualMachineScaleSets|Virtual machine scale set"
                    + "|microsoft.compute/virtualmachinescalesets|COMPUTE",
            "-|-|Load balancer|microsoft.network/loadbalancers|NETWORK",
            "-|-|Virtual machine|microsoft.compute/virtualmachines|COMPUTE",
            "-|-|Microsoft.Compute/disks|microsoft.compute/disks|STORAGE", "-|-|Storage account|-|OTHER",
            "-|-|-|-|OTHER" })
    void aRowIsBucketedByItsArmTypeFromItsIdElseXResourceTypeElseItsDisplayName(String resourceId, String xResourceType,
            String resourceType, String armType, BillBucket bucket) {
        // when
        String found = BillBucket.armType(text(resourceId), text(xResourceType), text(resourceType));

        // then
        assertThat(found).isEqualTo(text(armType));
        assertThat(BillBucket.ofNodeResource(found)).isEqualTo(bucket);
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }

}
