import type { DbClient } from "@/lib/server/db-client";

export type TermWeights = { idf: (term: string) => number; df: (term: string) => number; passages: number };

// IDF of terms in a project's passage index, from the counts the indexer
// keeps (ArticlePassageTerm): one primary-key lookup for all terms at once.
// Smoothed log(1 + N / (1 + df)), so a term seen nowhere gets the highest
// weight and one in every passage close to zero.
export async function loadTermWeights(client: DbClient, projectId: string, terms: readonly string[]): Promise<TermWeights> {
  const unique = [...new Set(["", ...terms])];
  const rows = await client.$queryRaw<Array<{ term: string; passages: number }>>`
    SELECT "term", "passages" FROM "ArticlePassageTerm" WHERE "projectId" = ${projectId} AND "term" = ANY(${unique}::text[])`;
  const df = new Map(rows.map((r) => [r.term, Number(r.passages)]));
  const passages = Math.max(1, df.get("") ?? 1);
  return { idf: (term) => Math.log(1 + passages / (1 + (df.get(term) ?? 0))), df: (term) => df.get(term) ?? 0, passages };
}
