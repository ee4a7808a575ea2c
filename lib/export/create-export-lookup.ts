import type { ExportCluster, ExportDataset, ExportEntity, ExportLabel } from "./types";

export type ExportLookup = {
  label: (id: string | null) => ExportLabel | null;
  entity: (id: string | null) => ExportEntity | null;
  cluster: (id: string | null) => ExportCluster | null;
};

/** Maps the dataset's vocabulary by id once, so per-annotation look-ups are O(1). */
export function createExportLookup(dataset: Pick<ExportDataset, "labels" | "entities" | "clusters">): ExportLookup {
  const labels = new Map(dataset.labels.map((l) => [l.id, l]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const clusters = new Map(dataset.clusters.map((c) => [c.id, c]));
  return {
    label: (id) => (id === null ? null : (labels.get(id) ?? null)),
    entity: (id) => (id === null ? null : (entities.get(id) ?? null)),
    cluster: (id) => (id === null ? null : (clusters.get(id) ?? null)),
  };
}
