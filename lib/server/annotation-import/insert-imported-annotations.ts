import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createOrderedIds } from "./create-ordered-ids";
import type { PlannedAnnotation } from "./planned-types";

export type AnnotationBatch = {
  projectId: string;
  userId: string;
  // Per article: its id, revision and the annotations to insert.
  articles: Array<{ articleId: string; revision: number; annotations: PlannedAnnotation[] }>;
  label: (id: string | null) => string | null;
  entityId: (target: PlannedAnnotation["entity"]) => string | null;
  clusterId: (fileId: string) => string | null;
};

const CHUNK = 500;
const roleOrder = ["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"] as const;

/**
 * Inserts planned annotations with their entity links, evidence, cluster
 * memberships and last review decision in batches (one statement per 500
 * rows instead of several round trips per annotation: a 10,000-annotation
 * file would otherwise outlast any transaction timeout). Each annotation
 * still gets what `recordAnnotationChange` writes for an API create: an
 * "annotation.create" audit row with the DTO as `after`, and an
 * "annotation.created" event carrying its version.
 */
export async function insertImportedAnnotations(tx: Prisma.TransactionClient, batch: AnnotationBatch): Promise<number> {
  const { projectId, userId, label, entityId } = batch;
  const now = new Date();
  const all = batch.articles.flatMap((article) => article.annotations.map((a) => ({ ...article, a })));
  const authorIds = [...new Set(all.map(({ a }) => a.authorId))];
  const authors = new Map((await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]));
  const evidenceIds = createOrderedIds(all.flatMap(({ a }) => a.evidence.map((_, i) => `${a.id}:${String(i).padStart(4, "0")}`)));

  const rows: Prisma.AnnotationCreateManyInput[] = [];
  const links: Prisma.ClaimEntityCreateManyInput[] = [];
  const evidence: Prisma.EvidenceCreateManyInput[] = [];
  const members: Prisma.ClaimClusterMemberCreateManyInput[] = [];
  const reviews: Prisma.ReviewCreateManyInput[] = [];
  const dtos: AnnotationDTO[] = [];
  for (const { articleId, revision, a } of all) {
    const createdAt = a.createdAt ?? now;
    const updatedAt = a.updatedAt ?? now;
    const fields = {
      claimTypeId: label(a.claimTypeId),
      statusId: label(a.statusId),
      entityId: entityId(a.entity),
      entityTypeId: label(a.entityTypeId),
    };
    rows.push({
      id: a.id, projectId, articleId, revision, kind: a.kind, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix,
      authorId: a.authorId, ...fields, checkWorthiness: a.checkWorthiness, confidence: a.confidence, textChangedAfterVerdict: a.textChangedAfterVerdict,
      note: a.note, reviewState: a.reviewState, isGold: a.isGold, createdAt, updatedAt,
      origin: a.suggestionSource ? "SUGGESTION" : "HUMAN", suggestionSource: a.suggestionSource,
    });
    const claimLinks = a.links.map((l) => ({ entityId: entityId(l.entity)!, role: l.role, mentionId: l.mentionId }));
    links.push(...claimLinks.map((l) => ({ claimId: a.id, ...l, createdAt: now })));
    const claimEvidence = a.evidence.map((e, position) => ({ id: evidenceIds.get(`${a.id}:${String(position).padStart(4, "0")}`)!, url: e.url, title: e.title, stance: e.stance, note: e.note, position }));
    evidence.push(...claimEvidence.map((e) => ({ ...e, claimId: a.id, createdById: userId, createdAt: now, updatedAt: now })));
    const clusterId = a.cluster ? batch.clusterId(a.cluster.id) : null;
    if (clusterId && a.cluster) members.push({ clusterId, annotationId: a.id, relation: a.cluster.relation, addedById: userId });
    // The formats keep only the last decision; it is recorded as made by the importer.
    if (a.lastDecision) reviews.push({ annotationId: a.id, reviewerId: userId, decision: a.lastDecision, comment: "Imported decision", annotationVersion: 1, createdAt: a.lastDecidedAt ?? now });
    dtos.push({
      id: a.id, articleId, revision, kind: a.kind, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, anchorState: "ANCHORED",
      author: authors.get(a.authorId) ?? { id: a.authorId, name: "" },
      ...fields, checkWorthiness: a.checkWorthiness, confidence: a.confidence, textChangedAfterVerdict: a.textChangedAfterVerdict,
      // The import formats carry no summary or public explanation.
      summary: "", verdictExplanation: "",
      entities: [...claimLinks].sort((x, y) => roleOrder.indexOf(x.role) - roleOrder.indexOf(y.role)),
      evidence: claimEvidence.map(({ id, url, title, stance, note }) => ({ id, url, title, stance, note })),
      note: a.note, reviewState: a.reviewState, isGold: a.isGold, version: 1,
      createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), deletedAt: null,
    });
  }
  await inChunks(rows, (data) => tx.annotation.createMany({ data }));
  await inChunks(links, (data) => tx.claimEntity.createMany({ data }));
  await inChunks(evidence, (data) => tx.evidence.createMany({ data }));
  await inChunks(members, (data) => tx.claimClusterMember.createMany({ data }));
  await inChunks(reviews, (data) => tx.review.createMany({ data }));
  await inChunks(dtos, (data) =>
    tx.auditLog.createMany({
      data: data.map((dto) => ({ projectId, actorId: userId, action: "annotation.create", entityType: "Annotation", entityId: dto.id, after: dto as unknown as Prisma.InputJsonValue })),
    }),
  );
  await inChunks(dtos, (data) =>
    tx.event.createMany({
      data: data.map((dto) => ({ projectId, articleId: dto.articleId, type: "annotation.created", actorId: userId, payload: { annotationId: dto.id, version: dto.version } })),
    }),
  );
  return rows.length;
}

async function inChunks<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}
