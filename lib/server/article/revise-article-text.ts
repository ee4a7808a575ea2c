import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { contentHash } from "@/lib/import/content-hash";
import { reviseArticleTextSchema } from "@/lib/validations/article-revision";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { enqueueSuggestionIndex } from "@/lib/jobs/enqueue-suggestion-index";
import { lockArticleForRevision } from "@/lib/server/article/lock-article-for-revision";
import { findRevisionAnnotations } from "@/lib/server/article/find-revision-annotations";
import { planReanchoring } from "@/lib/server/article/plan-reanchoring";
import { blockHintsFromDoc } from "@/lib/server/article/block-hints-from-doc";
import { staleRevisionError } from "@/lib/server/article/stale-revision-error";
import { applyReanchoringPlan, type ReanchoringOutcome } from "@/lib/server/article/apply-reanchoring-plan";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// The new revision's number and what happened to the annotations.
export type RevisionResult = { revision: number } & ReanchoringOutcome;

// A correction of thousands of annotations writes thousands of rows; the
// article stays locked meanwhile, which is the point.
const TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/**
 * An owner's correction of an article's text: a new revision, with every
 * live annotation of the old revision carried over to the new text (on the
 * same words, or orphaned for a human to re-attach; never on other words).
 *
 * One transaction, locks in the order annotation writes take them (article
 * row, then annotation rows), so a concurrent annotation edit either lands
 * first and is carried over, or waits and then fails its version check (409).
 *
 * Soft-deleted annotations are left as they are, on the revision they were
 * deleted on: the revision rows keep every text, so a restore can carry one
 * over then (`carryAnnotationForward`). For that, a missing row for the old
 * revision (articles created before revision rows existed) is written first.
 */
export async function reviseArticleText(
  access: ProjectAccess,
  articleId: string,
  input: unknown,
): Promise<RevisionResult> {
  assertCan(access, "articles.editText");
  const { project, userId } = access;
  const data = parseInput(reviseArticleTextSchema, input, "Invalid correction.");
  const { baseRevision, text, note } = data;

  const result = await transaction(async (tx) => {
    const article = await lockArticleForRevision(tx, project.id, articleId);
    if (article.revision !== baseRevision) throw staleRevisionError(article.revision, baseRevision);
    if (article.text === text) throw new AppError("BAD_REQUEST", `Nothing changed: the text is the same as revision ${article.revision}.`);

    const annotations = await findRevisionAnnotations(tx, project.id, article.id, article.revision, { lock: true });
    const plan = planReanchoring(article.text, text, annotations);

    const revision = article.revision + 1;
    const content = textToDoc(text, blockHintsFromDoc(article.content)) as unknown as Prisma.InputJsonValue;
    const hash = contentHash(text);
    await tx.articleRevision.upsert({
      where: { articleId_revision: { articleId: article.id, revision: article.revision } },
      create: {
        articleId: article.id,
        revision: article.revision,
        title: article.title,
        text: article.text,
        content: article.content as Prisma.InputJsonValue,
        contentHash: article.contentHash,
        note: "Recorded when the text was first corrected",
        createdById: article.createdById,
        // Revision 1 is the text the article was created with.
        createdAt: article.revision === 1 ? article.createdAt : undefined,
      },
      update: {},
    });
    await tx.articleRevision.create({
      data: { articleId: article.id, revision, title: article.title, text, content, contentHash: hash, note, createdById: userId },
    });
    await tx.article.update({
      where: { id: article.id },
      data: { text, content, contentHash: hash, revision, version: { increment: 1 } },
    });
    await indexArticlePassages(tx, { id: article.id, projectId: project.id, revision, text });

    const outcome = await applyReanchoringPlan(tx, { projectId: project.id, actorId: userId, revision, annotations, plan });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId: userId,
      action: "article.revise",
      entityType: "Article",
      entityId: article.id,
      before: { revision: article.revision, contentHash: article.contentHash, annotations: annotations.length },
      after: {
        revision,
        contentHash: hash,
        note,
        anchored: outcome.anchored,
        changed: outcome.changed,
        flagged: outcome.flagged,
        orphaned: outcome.orphaned.length,
      },
    });
    await recordEvent(tx, { projectId: project.id, articleId: article.id, type: "article.revised", actorId: userId, payload: { revision } });
    return { revision, ...outcome };
  }, TRANSACTION);
  // The new revision's suggestions are precomputed in the background; if
  // queueing fails, the first open computes and stores them instead.
  await enqueueSuggestionIndex([articleId]).catch(() => undefined);
  return result;
}
