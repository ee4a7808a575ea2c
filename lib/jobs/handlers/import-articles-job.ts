import { db } from "@/lib/db";
import { transaction } from "@/lib/db/transaction";
import type { BackgroundJob, Prisma } from "@/lib/generated/prisma/client";
import { enqueueSuggestionIndex } from "@/lib/jobs/enqueue-suggestion-index";
import { JobInterrupted } from "@/lib/jobs/job-interrupted";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";
import type { ArticleImportResult } from "@/lib/server/article-import/article-import-types";
import { findExistingHashes } from "@/lib/server/article-import/find-existing-hashes";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { lockProjectImports } from "@/lib/server/article-import/lock-project-imports";
import { planArticleImport } from "@/lib/server/article-import/plan-article-import";
import { saveArticleImportChunk } from "@/lib/server/article-import/save-article-import-chunk";
import { backgroundImportInputSchema } from "@/lib/server/background-job/background-import-input";
import { recordEvent } from "@/lib/server/event/record-event";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";

// Articles saved per transaction: small enough that progress moves and a
// killed worker loses little, large enough that the per-chunk bookkeeping is noise.
const CHUNK = 25;

type Saved = Pick<ArticleImportResult, "created" | "duplicates">;

/**
 * A large article import, in chunks. Each chunk's articles and the job's
 * progress (`done`, and the result so far) commit in one transaction under
 * the project's import lock, so a retry after a killed worker resumes after
 * the last committed chunk: every article is saved exactly once. The content
 * hash check inside the chunk guards the rest (the same text imported by
 * anyone meanwhile is reported as a duplicate). Between chunks is the safe
 * point where a stopping process hands the job back (`stopping`).
 */
export async function importArticlesJob(job: BackgroundJob, stopping: AbortSignal): Promise<Prisma.InputJsonValue> {
  const parsed = backgroundImportInputSchema.safeParse(job.input);
  if (!parsed.success || !job.createdById) throw new PermanentJobError("The job's input is not an import request.");
  const { projectSlug, request } = parsed.data;
  // Rights are checked again now: the person may have lost them since.
  const access = await requireProjectAccess(job.createdById, projectSlug, "articles.import");
  const { project, userId } = access;
  const { items, errors } = await planArticleImport(db, project.id, request, importLimits());
  if (errors.length > 0 && !request.importGoodItems) {
    throw new PermanentJobError(`${errors.length} item(s) could not be imported; nothing was saved. Fix them, or import the good items only.`);
  }
  const wanted = items.filter((p) => p.include);
  await db.backgroundJob.update({ where: { id: job.id }, data: { total: wanted.length } });

  for (;;) {
    if (stopping.aborted) throw new JobInterrupted();
    const step = await transaction(async (tx) => {
      await lockProjectImports(tx, project.id);
      // Read under the lock: another attempt of this job may have moved on.
      const current = await tx.backgroundJob.findUniqueOrThrow({ where: { id: job.id }, select: { done: true, result: true } });
      if (current.done >= wanted.length) return { finished: true, created: [] as string[] };
      const chunk = wanted.slice(current.done, current.done + CHUNK);
      const existing = await findExistingHashes(tx, project.id, chunk.map((p) => p.item.contentHash));
      const saved = await saveArticleImportChunk(tx, project.id, userId, chunk, existing);
      const before = (current.result as Saved | null) ?? { created: [], duplicates: [] };
      const result: Saved = { created: [...before.created, ...saved.created], duplicates: [...before.duplicates, ...saved.duplicates] };
      if (saved.created.length > 0) {
        await recordEvent(tx, {
          projectId: project.id,
          type: "import.completed",
          actorId: userId,
          payload: { kind: "articles", articleIds: saved.created.map((c) => c.articleId) },
        });
      }
      await tx.backgroundJob.update({ where: { id: job.id }, data: { done: current.done + chunk.length, result } });
      return { finished: false, created: saved.created.map((c) => c.articleId) };
    }, { timeout: 120_000, maxWait: 30_000 });
    if (step.finished) break;
    // Suggestions are precomputed in their own jobs; a failure to queue them
    // costs only speed (the editor computes and stores them on first open).
    if (step.created.length > 0) await enqueueSuggestionIndex(step.created).catch(() => undefined);
  }

  const final = await db.backgroundJob.findUniqueOrThrow({ where: { id: job.id }, select: { result: true } });
  const saved = (final.result as Saved | null) ?? { created: [], duplicates: [] };
  const result: ArticleImportResult = { saved: true, ...saved, skipped: items.filter((p) => !p.include).map((p) => p.item.key), errors };
  return result as unknown as Prisma.InputJsonValue;
}
