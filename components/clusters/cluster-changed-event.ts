// A window event the cluster components send after they change a cluster, so
// every view of it on the page (the claim panel's section, the dialog) reads
// it again; live events from colleagues arrive through LIVE_EVENT instead.
export const CLUSTER_CHANGED_EVENT = "claimdesk:cluster-changed";

export type ClusterChangedDetail = { clusterId: string | null; annotationIds: string[] };

export function announceClusterChanged(detail: ClusterChangedDetail): void {
  window.dispatchEvent(new CustomEvent<ClusterChangedDetail>(CLUSTER_CHANGED_EVENT, { detail }));
}
