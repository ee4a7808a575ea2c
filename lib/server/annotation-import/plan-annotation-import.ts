import { AppError } from "@/lib/errors/app-error";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { contentHash } from "@/lib/import/content-hash";
import type { ImportedArticle, ImportedEntity } from "@/lib/import/annotations/types";
import type { DbClient } from "@/lib/server/db-client";
import type { ImportLimits } from "@/lib/server/article-import/import-limits";
import type { AnnotationImportItem, AnnotationImportPreview } from "./annotation-import-types";
import type { AnnotationImportRequest } from "./annotation-import-request-schema";
import { assertLabelMapping } from "./assert-label-mapping";
import { checkImportedArticle } from "./check-imported-article";
import { compareItemKeys } from "@/lib/server/article-import/compare-item-keys";
import { finishAnnotationPlan } from "./finish-annotation-plan";
import { findTakenIds } from "./find-taken-ids";
import type { ImportContext } from "./load-import-context";
import { matchImportArticle } from "./match-import-article";
import { planImportSpan, type SpanPlan } from "./plan-import-span";
import type { PlannedCluster, PlannedDocument, PlannedEntity, PlannedLabel } from "./planned-types";
import { readAnnotationFiles } from "./read-annotation-files";
import { resolveImportEntity } from "./resolve-import-entity";

export type AnnotationImportPlan = {
  preview: Omit<AnnotationImportPreview, "canCreateLabels" | "canKeepAttribution">;
  documents: PlannedDocument[];
  entities: PlannedEntity[];
  labels: PlannedLabel[];
  clusters: PlannedCluster[];
};

export type Draft = Extract<SpanPlan, { planned: unknown }>["planned"] & { sortKey: string; sourceId: string | null };
export type DraftTarget = PlannedDocument["target"] | { pending: true; article: ImportedArticle & { text: string; fileName: string; format: string } };

/**
 * Reads the files, matches each document to an article (or plans to create
 * it), resolves labels, entities and authors, checks every span against the
 * text, and drops duplicates of annotations already there (same article,
 * kind, offsets, type and author). Reads only; commit writes the plan.
 */
export async function planAnnotationImport(tx: DbClient, context: ImportContext, request: AnnotationImportRequest, limits: ImportLimits): Promise<AnnotationImportPlan> {
  if (request.files.length > limits.maxFiles) throw new AppError("BAD_REQUEST", `Send at most ${limits.maxFiles} files at once.`);
  const mapping = request.labelMapping ?? {};
  assertLabelMapping(mapping, context.labels);
  const read = readAnnotationFiles(request, limits);
  const errors = [...read.errors];
  const createArticles = request.createArticles ?? context.articles.length === 0;
  const fileEntities = new Map<string, ImportedEntity>();
  for (const e of read.entities) if (!fileEntities.has(e.id)) fileEntities.set(e.id, e);
  const resolveEntity = (ref: string) => resolveImportEntity(ref, fileEntities, context.entities, context.labels, mapping);

  // Documents with text first, so a W3C file in the same batch as the JSONL
  // that creates its articles finds them, whatever the order of the files.
  const matches = read.documents
    .map((d) => ({ read: d, match: matchImportArticle(d.document.article, context.articles) }))
    .sort((a, b) => Number(b.read.document.article.text !== undefined) - Number(a.read.document.article.text !== undefined));
  const matchedIds = [...new Set(matches.flatMap((m) => (m.match && "article" in m.match ? [m.match.article.id] : [])))];
  // One after the other: inside a transaction the queries share one connection.
  const texts = await tx.article.findMany({ where: { id: { in: matchedIds } }, select: { id: true, text: true } });
  const existing = await tx.annotation.findMany({
    where: { articleId: { in: matchedIds }, deletedAt: null },
    select: { articleId: true, kind: true, start: true, end: true, claimTypeId: true, entityTypeId: true, authorId: true },
  });
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  // Stored annotations map to null; planned ones to their draft, which a later
  // duplicate in the batch may complete (W3C carries mentions' times, JSONL not).
  const seen = new Map<string, Draft | null>(existing.map((a) => [dedupKey(`article:${a.articleId}`, a), null]));

  const unknown = new Map<string, number>();
  const items: AnnotationImportItem[] = [];
  const drafts = new Map<string, { target: DraftTarget; drafts: Draft[] }>();
  const creating = new Map<string, string>(); // content hash → document key creating it
  const creatingById = new Map<string, { targetKey: string; text: string; title: string }>(); // file's article id → planned creation
  for (const { read: doc, match } of matches) {
    const { document } = doc;
    const fail = (message: string) => errors.push({ key: doc.key, fileName: doc.fileName, line: null, message });
    if (match && "error" in match) { fail(`${document.item}: ${match.error}`); continue; }
    let targetKey = doc.key;
    let article = document.article;
    let text: string;
    let summary: AnnotationImportItem["article"];
    if (match) {
      text = textOf.get(match.article.id) ?? "";
      targetKey = `article:${match.article.id}`;
      summary = { kind: "existing", articleId: match.article.id, title: match.article.title, by: match.by };
    } else if (document.article.text !== undefined && createArticles) {
      const checked = checkImportedArticle(document.article, fallbackTitle(document.article.text));
      if ("error" in checked) { fail(`${document.item}: ${checked.error}`); continue; }
      article = checked.article;
      text = document.article.text;
      const hash = contentHash(text);
      targetKey = creating.get(hash) ?? doc.key;
      creating.set(hash, targetKey);
      summary = { kind: "create", title: document.article.title ?? fallbackTitle(text) };
      if (document.article.id) creatingById.set(document.article.id, { targetKey, text, title: summary.title });
    } else if (document.article.id && creatingById.has(document.article.id)) {
      const pending = creatingById.get(document.article.id)!;
      ({ targetKey, text } = pending);
      summary = { kind: "create", title: pending.title };
    } else {
      fail(document.article.text === undefined
        ? `${document.item}: no article in this project matches it, and the file carries no text to create one from (W3C files attach to existing articles: import the articles first, e.g. from the Claimdesk JSONL export).`
        : `${document.item}: no article in this project has this text. Tick "Create articles this project lacks" to create it from the file's text.`);
      continue;
    }
    const index = createCodePointIndex(text);
    const planned: Draft[] = [];
    const spanErrors: string[] = [];
    const warnings = [...document.warnings];
    let duplicates = 0;
    let skipped = 0;
    let pendingLabels = false;
    document.spans.forEach((span, n) => {
      const plan = planImportSpan(span, index, context, mapping, resolveEntity, doc.format === "claimdesk-jsonl" || doc.format === "w3c");
      if ("skip" in plan) return void skipped++;
      if ("unknown" in plan) {
        pendingLabels = true;
        for (const key of plan.unknown) unknown.set(key, (unknown.get(key) ?? 0) + 1);
        return;
      }
      if ("error" in plan) return void spanErrors.push(plan.error);
      warnings.push(...plan.warnings);
      const key = dedupKey(targetKey, plan.planned);
      if (seen.has(key)) {
        const earlier = seen.get(key);
        if (earlier) {
          earlier.createdAt ??= plan.planned.createdAt;
          earlier.updatedAt ??= plan.planned.updatedAt;
        }
        return void duplicates++;
      }
      const draft: Draft = { ...plan.planned, sourceId: span.sourceId, sortKey: `${span.sourceId ?? `~${String(n).padStart(8, "0")}`}\u0000${doc.key}` };
      seen.set(key, draft);
      planned.push(draft);
    });
    if (spanErrors.length > 0) { fail(spanErrors.join(" ")); continue; }
    const claims = planned.filter((p) => p.kind === "CLAIM").length;
    items.push({ key: doc.key, fileName: doc.fileName, item: document.item, article: summary, annotations: planned.length, claims, mentions: planned.length - claims, duplicates, skipped, warnings: pendingLabels ? [...warnings, "Some labels need mapping first."] : warnings });
    const entry = drafts.get(targetKey);
    if (entry) entry.drafts.push(...planned);
    else drafts.set(targetKey, {
      target: match ? { existingId: match.article.id, revision: match.article.revision } : { pending: true, article: { ...article, text, fileName: doc.fileName, format: doc.format } },
      drafts: planned,
    });
  }
  errors.sort((a, b) => compareItemKeys(a.key, b.key));
  items.sort((a, b) => compareItemKeys(a.key, b.key));
  const planned = [...drafts.values()];
  const taken = await findTakenIds(tx, {
    articles: planned.flatMap((d) => ("pending" in d.target && d.target.article.id ? [d.target.article.id] : [])),
    annotations: planned.flatMap((d) => d.drafts.flatMap((a) => (a.sourceId ? [a.sourceId] : []))),
    entities: fileEntities.keys(),
    clusters: planned.flatMap((d) => d.drafts.flatMap((a) => (a.cluster ? [a.cluster.id] : []))),
  });
  const plan = finishAnnotationPlan({ context, createArticles, errors, items, unknown, drafts, mapping, fileEntities, taken });
  return { ...plan, preview: { ...plan.preview, files: read.files } };
}

function dedupKey(target: string, a: { kind: string; start: number; end: number; claimTypeId: string | null; entityTypeId: string | null; authorId: string }): string {
  return [target, a.kind, a.start, a.end, a.claimTypeId ?? "", a.entityTypeId ?? "", a.authorId].join("|");
}

function fallbackTitle(text: string): string {
  const first = text.split("\n")[0]?.trim() ?? "";
  return first.length > 80 ? `${first.slice(0, 79)}…` : first || "Imported article";
}
