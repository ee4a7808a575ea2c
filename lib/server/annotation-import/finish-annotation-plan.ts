import type { ImportedEntity } from "@/lib/import/annotations/types";
import type { ImportItemError } from "@/lib/server/article-import/article-import-types";
import type { AnnotationImportItem, LabelMappingChoice } from "./annotation-import-types";
import { assignImportIds } from "./assign-import-ids";
import type { IdSets } from "./find-taken-ids";
import { isClaimdeskId } from "@/lib/import/annotations/is-claimdesk-id";
import type { ImportContext } from "./load-import-context";
import type { AnnotationImportPlan, Draft, DraftTarget } from "./plan-annotation-import";
import type { EntityTarget, PlannedCluster, PlannedDocument, PlannedEntity, PlannedLabel } from "./planned-types";
import { resolveLabelRef } from "./resolve-label-ref";

type Input = {
  context: ImportContext;
  createArticles: boolean;
  errors: ImportItemError[];
  items: AnnotationImportItem[];
  unknown: Map<string, number>;
  drafts: Map<string, { target: DraftTarget; drafts: Draft[] }>;
  mapping: Readonly<Record<string, LabelMappingChoice>>;
  fileEntities: ReadonlyMap<string, ImportedEntity>;
  // Ids of the file that rows in the database already hold (findTakenIds).
  taken: IdSets;
};

/**
 * Gives every row to create its id (the file's own where it is free, see
 * assignImportIds), points claim links at their mentions' new ids, and lists
 * the entities, clusters and labels the import creates.
 */
export function finishAnnotationPlan(input: Input): AnnotationImportPlan {
  const { context, drafts, mapping, fileEntities, taken } = input;
  const all = [...drafts.values()].flatMap((d) => d.drafts);
  const annotationIds = assignImportIds(all.map((d) => ({ key: d.sortKey, sourceId: d.sourceId })), taken.annotations);
  const articleIds = assignImportIds(
    [...drafts.entries()].flatMap(([key, d]) => ("pending" in d.target ? [{ key: d.target.article.id ?? `~${key}`, sourceId: d.target.article.id ?? null }] : [])),
    taken.articles,
  );

  const usedFileEntities = new Set<string>();
  const clusterSources = new Map<string, { title: string; statement: string }>();
  const noteEntity = (target: EntityTarget | null) => target && "fileId" in target && usedFileEntities.add(target.fileId);
  for (const d of all) {
    noteEntity(d.entity);
    d.links.forEach((l) => noteEntity(l.entity));
    if (d.cluster && !clusterSources.has(d.cluster.id)) clusterSources.set(d.cluster.id, { title: d.cluster.title ?? "Imported cluster", statement: d.cluster.statement ?? "" });
  }
  const entityIds = assignImportIds([...usedFileEntities].map((id) => ({ key: id, sourceId: id })), taken.entities);
  const entities: PlannedEntity[] = [...usedFileEntities].map((fileId) => {
    const e = fileEntities.get(fileId)!;
    const type = resolveLabelRef({ namespace: "ENTITY_TYPE", value: e.type }, context.labels, mapping);
    return { fileId, newId: entityIds.get(fileId)!, typeId: "labelId" in type ? type.labelId : "", name: e.name, aliases: e.aliases, externalId: e.externalId };
  });
  const clusterIds = assignImportIds([...clusterSources.keys()].map((id) => ({ key: id, sourceId: id })), taken.clusters);
  const clusters: PlannedCluster[] = [...clusterSources.entries()].map(([fileId, c]) => ({ fileId, newId: clusterIds.get(fileId)!, ...c }));

  const documents: PlannedDocument[] = [...drafts.entries()].map(([key, d]) => {
    const bySource = new Map(d.drafts.flatMap((a) => (a.sourceId ? [[a.sourceId, annotationIds.get(a.sortKey)!] as const] : [])));
    const target: PlannedDocument["target"] =
      "pending" in d.target
        ? { create: { ...d.target.article, newId: articleIds.get(d.target.article.id ?? `~${key}`)!, originalId: d.target.article.id ?? null } }
        : d.target;
    return {
      key,
      target,
      annotations: d.drafts.map(({ sortKey, sourceId: _sourceId, links, ...a }) => ({
        ...a,
        id: annotationIds.get(sortKey)!,
        links: links.map(({ mentionSourceId, ...l }) => ({ ...l, mentionId: mentionSourceId ? (bySource.get(mentionSourceId) ?? null) : null })),
      })),
    };
  });

  const labels: PlannedLabel[] = Object.entries(mapping).flatMap(([key, choice]) =>
    "create" in choice ? [{ placeholder: `new:${key}`, kind: choice.create.kind, name: choice.create.name }] : [],
  );
  const unknownLabels = [...input.unknown.entries()].map(([key, count]) => {
    const split = key.indexOf(":");
    const namespace = key.slice(0, split);
    return { key, namespace: namespace === "span" ? null : (namespace as "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS"), value: key.slice(split + 1), count };
  });
  return {
    preview: {
      files: [],
      items: input.items,
      errors: input.errors,
      unknownLabels,
      labels: context.labels,
      createArticles: input.createArticles,
      ids: countKeptIds(all, annotationIds),
      attribution: {
        keepAuthors: context.keepAuthors,
        keepReviewStates: context.keepReviewStates,
        authorsKept: all.filter((d) => d.authorId !== context.userId).length,
        authorsReplaced: all.filter((d) => d.authorReplaced).length,
        reviewsKept: all.filter((d) => d.reviewState !== "PENDING" || d.isGold || d.lastDecision !== null).length,
        reviewsReset: all.filter((d) => d.reviewReset).length,
      },
    },
    documents,
    entities,
    labels,
    clusters,
  };
}

// Of the annotations whose file id is a Claimdesk id: how many keep it.
function countKeptIds(all: readonly Draft[], ids: ReadonlyMap<string, string>): { kept: number; renewed: number } {
  const ours = all.filter((d) => isClaimdeskId(d.sourceId));
  const kept = ours.filter((d) => ids.get(d.sortKey) === d.sourceId).length;
  return { kept, renewed: ours.length - kept };
}
