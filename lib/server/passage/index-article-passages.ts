import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/server/db-client";
import { buildPassageRows, type PassageRow } from "@/lib/server/passage/build-passage-rows";
import { countTermDeltas } from "@/lib/server/passage/count-term-deltas";

export type IndexedArticle = { id: string; projectId: string; revision: number; text: string };

// Replaces one article's passages with those of its current text and keeps
// the project's term counts in step. Call it in the transaction that creates
// or revises the article, so the index never describes text that is not
// there. Cost is one article's sentences: nothing else is recomputed.
export async function indexArticlePassages(tx: DbClient, article: IndexedArticle, rows?: PassageRow[]): Promise<number> {
  const fresh = rows ?? buildPassageRows(article.text);
  const old = await tx.$queryRaw<Array<{ lemmas: string }>>`
    DELETE FROM "ArticlePassage" WHERE "articleId" = ${article.id} RETURNING "lemmas"`;
  if (fresh.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "ArticlePassage" ("id", "projectId", "articleId", "revision", "start", "end", "text", "lemmas", "features", "search")
      SELECT u.id, ${article.projectId}, ${article.id}, ${article.revision}, u.s, u.e, u.t, u.l, u.f::jsonb, to_tsvector('simple', u.l)
        FROM unnest(${fresh.map(() => randomUUID())}::text[], ${fresh.map((r) => r.start)}::int[], ${fresh.map((r) => r.end)}::int[],
                    ${fresh.map((r) => r.text)}::text[], ${fresh.map((r) => r.lemmas)}::text[],
                    ${fresh.map((r) => JSON.stringify(r.features))}::text[]) AS u(id, s, e, t, l, f)`;
  }
  const deltas = countTermDeltas(old.map((r) => r.lemmas), fresh.map((r) => r.lemmas));
  if (deltas.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "ArticlePassageTerm" ("projectId", "term", "passages")
      SELECT ${article.projectId}, u.t, u.d FROM unnest(${deltas.map((d) => d.term)}::text[], ${deltas.map((d) => d.delta)}::int[]) AS u(t, d)
      ON CONFLICT ("projectId", "term") DO UPDATE SET "passages" = "ArticlePassageTerm"."passages" + EXCLUDED."passages"`;
    await tx.$executeRaw`
      DELETE FROM "ArticlePassageTerm" WHERE "projectId" = ${article.projectId} AND "passages" <= 0
        AND "term" = ANY(${deltas.map((d) => d.term)}::text[])`;
  }
  return fresh.length;
}
