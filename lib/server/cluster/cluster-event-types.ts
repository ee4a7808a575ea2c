// Audit actions of cluster writes and the live event type each one emits.
// The live events (docs/clusters-api.md lists them for the pages):
//   cluster.created / cluster.updated / cluster.deleted / cluster.restored
//   cluster.member.added / cluster.member.updated / cluster.member.removed /
//   cluster.member.reviewed, cluster.verdict.applied, cluster.comment.created
// payload { clusterId, version, changeId, memberId?, annotationId? }.
export const clusterEventTypes = {
  "cluster.create": "cluster.created",
  "cluster.update": "cluster.updated",
  "cluster.delete": "cluster.deleted",
  "cluster.restore": "cluster.restored",
  "cluster.member.add": "cluster.member.added",
  "cluster.member.update": "cluster.member.updated",
  "cluster.member.remove": "cluster.member.removed",
  "cluster.member.review": "cluster.member.reviewed",
  "cluster.verdict.apply": "cluster.verdict.applied",
  "cluster.comment.create": "cluster.comment.created",
} as const;

export type ClusterAction = keyof typeof clusterEventTypes;
