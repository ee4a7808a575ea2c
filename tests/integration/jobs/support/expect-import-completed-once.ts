import { expect } from "vitest";
import { db } from "@/lib/db";
import type { BackgroundJob } from "@/lib/generated/prisma/client";
import type { ArticleImportResult } from "@/lib/server/article-import/article-import-types";

/**
 * The end state a worker fault must still reach: the import job completed
 * with every article of `makeJsonlArticles(count, tag)` created exactly once
 * (one row, one content hash, one audit entry per article) and none reported
 * as a duplicate of an earlier attempt's work.
 */
export async function expectImportCompletedOnce(done: BackgroundJob, projectId: string, count: number, tag: string): Promise<void> {
  expect(done.state).toBe("COMPLETED");
  expect({ done: done.done, total: done.total }).toEqual({ done: count, total: count });
  const result = done.result as unknown as ArticleImportResult;
  expect(result.created).toHaveLength(count);
  expect(result.duplicates).toHaveLength(0);

  const articles = await db.article.findMany({ where: { projectId }, select: { contentHash: true, title: true } });
  expect(articles).toHaveLength(count);
  expect(new Set(articles.map((a) => a.contentHash)).size).toBe(count);
  expect(new Set(articles.map((a) => a.title))).toEqual(new Set(Array.from({ length: count }, (_, i) => `Report ${tag} ${i}`)));
  expect(await db.auditLog.count({ where: { projectId, action: "article.import" } })).toBe(count);
}
