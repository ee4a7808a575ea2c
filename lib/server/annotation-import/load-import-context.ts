import type { DbClient } from "@/lib/server/db-client";
import { findDefaultStatusId } from "@/lib/server/annotation/find-default-status-id";
import type { LabelKindDTO } from "./annotation-import-types";

export type ContextLabel = { id: string; kind: LabelKindDTO; key: string; name: string };
export type ContextArticle = { id: string; title: string; url: string | null; contentHash: string; revision: number; originalId: string | null };
export type ContextEntity = { id: string; typeId: string; name: string; externalId: string | null };

export type ImportContext = {
  projectId: string;
  userId: string;
  labels: ContextLabel[];
  memberIds: Set<string>;
  articles: ContextArticle[];
  entities: ContextEntity[];
  defaultStatusId: string | null;
  // The owner's choices (assertImportOptions checked who may make them).
  keepAuthors: boolean;
  keepReviewStates: boolean;
};

export type ImportOptions = { keepAuthors?: boolean | undefined; keepReviewStates?: boolean | undefined };

/** What matching and mapping need from the project: active labels, members, live articles (no text) and entities. */
export async function loadImportContext(tx: DbClient, projectId: string, userId: string, options: ImportOptions = {}): Promise<ImportContext> {
  // Sequential: inside a transaction the queries share one connection.
  const labels = await tx.label.findMany({ where: { projectId, archivedAt: null }, select: { id: true, kind: true, key: true, name: true }, orderBy: [{ kind: "asc" }, { position: "asc" }] });
  const members = await tx.membership.findMany({ where: { projectId }, select: { userId: true } });
  const articles = await tx.article.findMany({
    where: { projectId, deletedAt: null },
    select: { id: true, title: true, url: true, contentHash: true, revision: true, source: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const entities = await tx.entity.findMany({ where: { projectId, deletedAt: null }, select: { id: true, typeId: true, name: true, externalId: true }, orderBy: { id: "asc" } });
  const defaultStatusId = await findDefaultStatusId(tx, projectId);
  return {
    projectId,
    userId,
    labels,
    memberIds: new Set(members.map((m) => m.userId)),
    articles: articles.map(({ source, ...a }) => ({ ...a, originalId: readOriginalId(source) })),
    entities,
    defaultStatusId,
    keepAuthors: options.keepAuthors ?? false,
    keepReviewStates: options.keepReviewStates ?? false,
  };
}

// Articles created by an annotation import remember the id they had in the file.
function readOriginalId(source: unknown): string | null {
  if (typeof source !== "object" || source === null || !("originalId" in source)) return null;
  return typeof source.originalId === "string" ? source.originalId : null;
}
