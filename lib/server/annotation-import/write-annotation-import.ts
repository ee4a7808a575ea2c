import type { Prisma } from "@/lib/generated/prisma/client";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { contentHash } from "@/lib/import/content-hash";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";
import type { AnnotationImportPlan } from "./plan-annotation-import";
import type { EntityTarget, PlannedAnnotation } from "./planned-types";
import { createImportLabels } from "./create-import-labels";

export type WrittenImport = { createdArticles: Array<{ key: string; articleId: string; title: string }>; createdAnnotations: number; createdEntities: number; createdLabels: number };

/**
 * Writes a plan inside the caller's transaction: labels the user chose to
 * create, articles (revision as in the file, else 1), entities, clusters,
 * then per article its mentions before its claims (claims link to them),
 * each annotation with its audit row and `annotation.created` event.
 */
export async function writeAnnotationImport(tx: Prisma.TransactionClient, projectId: string, userId: string, plan: AnnotationImportPlan): Promise<WrittenImport> {
  const labelIds = await createImportLabels(tx, projectId, userId, plan.labels);
  const label = (id: string | null) => (id === null ? null : (labelIds.get(id) ?? id));
  const createdArticles: WrittenImport["createdArticles"] = [];
  const revisionOf = new Map<string, number>();
  for (const doc of plan.documents) {
    if ("existingId" in doc.target) continue;
    const a = doc.target.create;
    const title = a.title?.trim() || a.text.split("\n")[0]!.slice(0, 200) || "Imported article";
    const revision = a.revision ?? 1;
    const content = textToDoc(a.text) as unknown as Prisma.InputJsonValue;
    const hash = contentHash(a.text);
    await tx.article.create({
      data: {
        id: a.newId,
        projectId,
        title,
        outlet: a.outlet ?? "",
        url: a.url ?? null,
        author: a.author ?? null,
        publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
        language: a.language ?? "en",
        text: a.text,
        content,
        contentHash: hash,
        revision,
        source: { importer: a.format, fileName: a.fileName, originalId: a.originalId },
        createdById: userId,
        revisions: { create: { revision, title, text: a.text, content, contentHash: hash, note: `Imported from ${a.fileName}`, createdById: userId } },
      },
    });
    await writeAuditLog(tx, { projectId, actorId: userId, action: "article.import", entityType: "Article", entityId: a.newId, after: { title, contentHash: hash, importer: a.format } });
    revisionOf.set(a.newId, revision);
    createdArticles.push({ key: doc.key, articleId: a.newId, title });
  }
  for (const e of plan.entities) {
    await tx.entity.create({ data: { id: e.newId, projectId, typeId: label(e.typeId)!, name: e.name, aliases: e.aliases, externalId: e.externalId, createdById: userId } });
    await writeAuditLog(tx, { projectId, actorId: userId, action: "entity.import", entityType: "Entity", entityId: e.newId, after: { name: e.name, externalId: e.externalId } });
  }
  const entityId = (target: EntityTarget | null) => (target === null ? null : "existingId" in target ? target.existingId : plan.entities.find((e) => e.fileId === target.fileId)!.newId);
  const clusterId = new Map(plan.clusters.map((c) => [c.fileId, c.newId]));
  for (const c of plan.clusters) {
    await tx.claimCluster.create({ data: { id: c.newId, projectId, title: c.title, statement: c.statement, createdById: userId } });
  }

  let createdAnnotations = 0;
  for (const doc of plan.documents) {
    const articleId = "existingId" in doc.target ? doc.target.existingId : doc.target.create.newId;
    const revision = "existingId" in doc.target ? doc.target.revision : revisionOf.get(articleId)!;
    const ordered = [...doc.annotations.filter((a) => a.kind === "ENTITY_MENTION"), ...doc.annotations.filter((a) => a.kind === "CLAIM")];
    for (const a of ordered) {
      await createOne(tx, { projectId, userId, articleId, revision, a, label, entityId, clusterId: a.cluster ? (clusterId.get(a.cluster.id) ?? null) : null });
      createdAnnotations++;
    }
  }
  return { createdArticles, createdAnnotations, createdEntities: plan.entities.length, createdLabels: labelIds.size };
}

type One = {
  projectId: string;
  userId: string;
  articleId: string;
  revision: number;
  a: PlannedAnnotation;
  label: (id: string | null) => string | null;
  entityId: (target: EntityTarget | null) => string | null;
  clusterId: string | null;
};

async function createOne(tx: Prisma.TransactionClient, { projectId, userId, articleId, revision, a, label, entityId, clusterId }: One): Promise<void> {
  const row = await tx.annotation.create({
    data: {
      id: a.id,
      projectId,
      articleId,
      revision,
      kind: a.kind,
      start: a.start,
      end: a.end,
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      authorId: a.authorId,
      claimTypeId: label(a.claimTypeId),
      statusId: label(a.statusId),
      checkWorthiness: a.checkWorthiness,
      confidence: a.confidence,
      textChangedAfterVerdict: a.textChangedAfterVerdict,
      entityId: entityId(a.entity),
      entityTypeId: label(a.entityTypeId),
      note: a.note,
      reviewState: a.reviewState,
      isGold: a.isGold,
      ...(a.createdAt ? { createdAt: a.createdAt } : {}),
      ...(a.updatedAt ? { updatedAt: a.updatedAt } : {}),
      claimEntities: { create: a.links.map((l) => ({ entityId: entityId(l.entity)!, role: l.role, mentionId: l.mentionId })) },
      evidence: { create: a.evidence.map((e, position) => ({ url: e.url, title: e.title, stance: e.stance, note: e.note, position, createdById: userId })) },
    },
    select: annotationDtoSelect,
  });
  if (clusterId && a.cluster) {
    await tx.claimClusterMember.create({ data: { clusterId, annotationId: a.id, relation: a.cluster.relation, addedById: userId } });
  }
  if (a.lastDecision) {
    // The format keeps the last decision only; it is recorded as made by the importer.
    await tx.review.create({ data: { annotationId: a.id, reviewerId: userId, decision: a.lastDecision, comment: "Imported decision", annotationVersion: 1, ...(a.lastDecidedAt ? { createdAt: a.lastDecidedAt } : {}) } });
  }
  await recordAnnotationChange(tx, { projectId, actorId: userId, action: "annotation.create", before: null, after: toAnnotationDTO(row) });
}
