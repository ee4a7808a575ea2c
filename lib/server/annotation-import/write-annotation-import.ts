import type { Prisma } from "@/lib/generated/prisma/client";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { contentHash } from "@/lib/import/content-hash";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import type { AnnotationImportPlan } from "./plan-annotation-import";
import type { EntityTarget } from "./planned-types";
import { insertImportedAnnotations } from "./insert-imported-annotations";
import { createImportLabels } from "./create-import-labels";

export type WrittenImport = { createdArticles: Array<{ key: string; articleId: string; title: string }>; createdAnnotations: number; createdEntities: number; createdLabels: number };

/**
 * Writes a plan inside the caller's transaction: labels the user chose to
 * create, articles (revision as in the file, else 1), entities, clusters,
 * then the annotations in batches (insertImportedAnnotations).
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
  const newEntityIds = new Map(plan.entities.map((e) => [e.fileId, e.newId]));
  const entityId = (target: EntityTarget | null) => (target === null ? null : "existingId" in target ? target.existingId : newEntityIds.get(target.fileId)!);
  const clusterId = new Map(plan.clusters.map((c) => [c.fileId, c.newId]));
  for (const c of plan.clusters) {
    await tx.claimCluster.create({ data: { id: c.newId, projectId, title: c.title, statement: c.statement, createdById: userId } });
  }

  const createdAnnotations = await insertImportedAnnotations(tx, {
    projectId,
    userId,
    articles: plan.documents.map((doc) => {
      const articleId = "existingId" in doc.target ? doc.target.existingId : doc.target.create.newId;
      const revision = "existingId" in doc.target ? doc.target.revision : revisionOf.get(articleId)!;
      return { articleId, revision, annotations: doc.annotations };
    }),
    label,
    entityId,
    clusterId: (fileId) => clusterId.get(fileId) ?? null,
  });
  return { createdArticles, createdAnnotations, createdEntities: plan.entities.length, createdLabels: labelIds.size };
}
