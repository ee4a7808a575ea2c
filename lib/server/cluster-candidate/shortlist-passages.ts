import type { DbClient } from "@/lib/server/db-client";
import type { PassageFeatures } from "@/lib/nlp/passage-features";

export type ShortlistedPassage = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  lemmas: string;
  features: PassageFeatures;
};

export const SHORTLIST_SIZE = 300;

// Postgres does the first cut over the whole project: passages of other live
// articles sharing any of the query's discriminating terms (GIN over the
// tsvector), best ts_rank first, plus near-spellings by trigram similarity of
// the lemma strings ("Jaish-e-Mohammed" / "Jaish-e-Muhammad"). The scorer
// re-ranks only these few hundred.
export async function shortlistPassages(
  client: DbClient,
  input: { projectId: string; excludeArticleId: string; terms: readonly string[]; lemmas: string; limit?: number },
): Promise<ShortlistedPassage[]> {
  const terms = input.terms.filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  if (terms.length === 0) return [];
  const tsquery = terms.join(" | ");
  const limit = input.limit ?? SHORTLIST_SIZE;
  return client.$queryRaw<ShortlistedPassage[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS tsq),
    by_words AS (
      SELECT p."id" FROM "ArticlePassage" p, q
       WHERE p."projectId" = ${input.projectId} AND p."articleId" <> ${input.excludeArticleId} AND p."search" @@ q.tsq
       ORDER BY ts_rank(p."search", q.tsq) DESC
       LIMIT ${limit}
    ),
    by_trigrams AS (
      SELECT p."id" FROM "ArticlePassage" p
       WHERE p."projectId" = ${input.projectId} AND p."articleId" <> ${input.excludeArticleId} AND p."lemmas" % ${input.lemmas}
       LIMIT 50
    )
    SELECT p."id", p."articleId", p."start", p."end", p."text", p."lemmas", p."features"
      FROM "ArticlePassage" p
      JOIN "Article" a ON a."id" = p."articleId" AND a."deletedAt" IS NULL AND a."revision" = p."revision"
     WHERE p."id" IN (SELECT "id" FROM by_words UNION SELECT "id" FROM by_trigrams)`;
}
