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
// Below this many word matches the trigram pass runs too.
const FEW_WORD_MATCHES = 50;

// Postgres does the first cut over the whole project: passages of other live
// articles sharing any of the query's discriminating terms (GIN over the
// tsvector), best ts_rank first. When words find little, near-spellings join
// by trigram similarity of the lemma strings ("Jaish-e-Mohammed" /
// "Jaish-e-Muhammad"); trigrams always over long strings cost ten times the
// word search on a large project (docs/benchmarks.md), so they are the
// fallback, not the rule. The scorer re-ranks only these few hundred.
export async function shortlistPassages(
  client: DbClient,
  input: { projectId: string; excludeArticleId: string; terms: readonly string[]; lemmas: string; limit?: number },
): Promise<ShortlistedPassage[]> {
  const terms = input.terms.filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  const limit = input.limit ?? SHORTLIST_SIZE;
  const byWords =
    terms.length === 0
      ? []
      : await client.$queryRaw<ShortlistedPassage[]>`
    WITH q AS (SELECT to_tsquery('simple', ${terms.join(" | ")}) AS tsq)
    SELECT p."id", p."articleId", p."start", p."end", p."text", p."lemmas", p."features"
      FROM "ArticlePassage" p
      JOIN "Article" a ON a."id" = p."articleId" AND a."deletedAt" IS NULL AND a."revision" = p."revision", q
     WHERE p."projectId" = ${input.projectId} AND p."articleId" <> ${input.excludeArticleId} AND p."search" @@ q.tsq
     ORDER BY ts_rank(p."search", q.tsq) DESC
     LIMIT ${limit}`;
  if (byWords.length >= FEW_WORD_MATCHES || input.lemmas.trim() === "") return byWords;
  const byTrigrams = await client.$queryRaw<ShortlistedPassage[]>`
    SELECT p."id", p."articleId", p."start", p."end", p."text", p."lemmas", p."features"
      FROM "ArticlePassage" p
      JOIN "Article" a ON a."id" = p."articleId" AND a."deletedAt" IS NULL AND a."revision" = p."revision"
     WHERE p."projectId" = ${input.projectId} AND p."articleId" <> ${input.excludeArticleId} AND p."lemmas" % ${input.lemmas}
     LIMIT ${FEW_WORD_MATCHES}`;
  const seen = new Set(byWords.map((p) => p.id));
  return [...byWords, ...byTrigrams.filter((p) => !seen.has(p.id))];
}
