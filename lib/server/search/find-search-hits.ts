import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchKind } from "@/lib/search/search-hit";
import { SNIPPET_START, SNIPPET_STOP } from "@/lib/search/parse-snippet";
import { FRAGMENT_DELIMITER } from "@/lib/search/first-hit-span";
import type { DbClient } from "@/lib/server/db-client";
import type { SearchQuery } from "@/lib/validations/search";
import { annotationConditions, articleConditions, type SearchScope } from "./search-conditions";

export type SearchRow = {
  kind: SearchKind;
  id: string;
  articleId: string | null;
  annotationId: string | null;
  rank: number;
  title: string | null;
  snippet: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  statusKey: string | null;
  statusName: string | null;
  statusColor: string | null;
  reviewState: string | null;
  authorId: string | null;
  authorName: string | null;
  fragmentAt: number | null;
};

// An article shows up to two passages around its matches; the short rows
// (quotes, notes, names, comments) show one stretch from as near the start
// as the matches allow, so a quote reads as it was marked.
const MARKS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}`;
const ARTICLE_HEADLINE = `${MARKS}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
const SHORT_HEADLINE = `${MARKS}, MaxWords=40, MinWords=20`;

// One candidate list per kind, each cut to `limit` by rank, then merged and
// cut again; only the survivors pay for ts_headline, which re-parses the
// source text. Ranks use normalisation 1 (divide by log length) so a long
// article does not beat a short claim just by repeating words.
//
// Ranking reads every candidate's tsvector (an article's is kilobytes), so
// a word found in thousands of rows would cost tens of milliseconds to rank
// in full. The GIN index finds matches without reading them; at most
// RANK_POOL matches per kind are ranked (articles: ARTICLE_RANK_POOL). A
// query matching more ranks the first ones found: narrow it or filter.
export const RANK_POOL = 1000;
export const ARTICLE_RANK_POOL = 300;

type Candidates = { from: Prisma.Sql; vector: Prisma.Sql; pool: number };

function ranked(kind: SearchKind, columns: Prisma.Sql, c: Candidates, limit: number): Prisma.Sql {
  return Prisma.sql`(
    SELECT ${kind}::text AS kind, p."id", p."articleId", p."annotationId", p."authorId", ts_rank(p."search", q.tsq, 1) AS rank
      FROM (SELECT ${columns}, ${c.vector} AS "search" ${c.from} LIMIT ${c.pool}) AS p, q
     ORDER BY rank DESC, p."id" LIMIT ${limit})`;
}

const annotationColumns = (writer: Prisma.Sql) =>
  Prisma.sql`an."id" AS "id", an."articleId" AS "articleId", an."id" AS "annotationId", ${writer} AS "authorId"`;

const selects: Record<SearchKind, (scope: SearchScope, query: SearchQuery, limit: number) => Prisma.Sql> = {
  article: (scope, query, limit) =>
    ranked("article", Prisma.sql`a."id" AS "id", a."id" AS "articleId", NULL::text AS "annotationId", NULL::text AS "authorId"`, {
      from: Prisma.sql`FROM "Article" a, q WHERE ${articleConditions(scope, query)} AND a."search" @@ q.tsq`,
      vector: Prisma.sql`a."search"`,
      pool: ARTICLE_RANK_POOL,
    }, limit),
  claim: (scope, query, limit) =>
    ranked("claim", annotationColumns(Prisma.sql`an."authorId"`), {
      from: Prisma.sql`FROM "Annotation" an JOIN "Article" a ON a."id" = an."articleId", q
        WHERE an."projectId" = ${scope.projectId} AND an."kind" = 'CLAIM' AND an."search" @@ q.tsq
          AND ${annotationConditions(scope, query, Prisma.sql`an."authorId"`)}`,
      vector: Prisma.sql`an."search"`,
      pool: RANK_POOL,
    }, limit),
  // A mention is found by its note only: its words are the article's, and
  // the entity it names is found as an entity.
  note: (scope, query, limit) =>
    ranked("note", annotationColumns(Prisma.sql`an."authorId"`), {
      from: Prisma.sql`FROM "Annotation" an JOIN "Article" a ON a."id" = an."articleId", q
        WHERE an."projectId" = ${scope.projectId} AND an."kind" = 'ENTITY_MENTION' AND an."search" @@ q.tsq
          AND an."note" <> '' AND to_tsvector('english'::regconfig, an."note") @@ q.tsq
          AND ${annotationConditions(scope, query, Prisma.sql`an."authorId"`)}`,
      vector: Prisma.sql`an."search"`,
      pool: RANK_POOL,
    }, limit),
  entity: (scope, _query, limit) =>
    ranked("entity", Prisma.sql`e."id" AS "id", NULL::text AS "articleId", NULL::text AS "annotationId", NULL::text AS "authorId"`, {
      from: Prisma.sql`FROM "Entity" e, q WHERE e."projectId" = ${scope.projectId} AND e."deletedAt" IS NULL AND e."search" @@ q.tsq`,
      vector: Prisma.sql`e."search"`,
      pool: RANK_POOL,
    }, limit),
  evidence: (scope, query, limit) =>
    ranked("evidence", Prisma.sql`ev."id" AS "id", an."articleId" AS "articleId", an."id" AS "annotationId", ev."createdById" AS "authorId"`, {
      from: Prisma.sql`FROM "Evidence" ev JOIN "Annotation" an ON an."id" = ev."claimId" JOIN "Article" a ON a."id" = an."articleId", q
        WHERE an."projectId" = ${scope.projectId} AND ev."deletedAt" IS NULL AND ev."search" @@ q.tsq
          AND ${annotationConditions(scope, query, Prisma.sql`ev."createdById"`)}`,
      vector: Prisma.sql`ev."search"`,
      pool: RANK_POOL,
    }, limit),
  comment: (scope, query, limit) =>
    ranked("comment", Prisma.sql`c."id" AS "id", an."articleId" AS "articleId", an."id" AS "annotationId", c."authorId" AS "authorId"`, {
      from: Prisma.sql`FROM "Comment" c JOIN "Annotation" an ON an."id" = c."annotationId" JOIN "Article" a ON a."id" = an."articleId", q
        WHERE an."projectId" = ${scope.projectId} AND c."deletedAt" IS NULL AND c."search" @@ q.tsq
          AND ${annotationConditions(scope, query, Prisma.sql`c."authorId"`)}`,
      vector: Prisma.sql`c."search"`,
      pool: RANK_POOL,
    }, limit),
};

// ts_headline parses all it is given: ~45 ms for a 20,000-word article on
// the benchmark machine, per result. Snippets come from the first 20,000
// characters (~3,000 words, most news articles whole); a long article found
// by words further on still ranks, and shows and opens at its start.
export const SNIPPET_SOURCE_MAX = 20_000;

// The marked-up source of each kind's snippet; sentinels in the source are
// removed first so only ts_headline's own marks reach parseSnippet.
const strip = (expression: Prisma.Sql) => Prisma.sql`translate(${expression}, ${SNIPPET_START + SNIPPET_STOP}, '')`;

export async function findSearchHits(
  client: DbClient,
  scope: SearchScope,
  query: SearchQuery,
  kinds: readonly SearchKind[],
  limit: number,
): Promise<SearchRow[]> {
  if (kinds.length === 0 || query.q === "") return [];
  const candidates = Prisma.join(kinds.map((kind) => selects[kind](scope, query, limit)), " UNION ALL ");
  const source = Prisma.sql`CASE h.kind
      WHEN 'article' THEN ${strip(Prisma.sql`left(a."text", ${SNIPPET_SOURCE_MAX}::int)`)}
      WHEN 'entity' THEN ${strip(Prisma.sql`e."name" || ' · ' || array_to_string(e."aliases", ', ') || ' · ' || e."description"`)}
      WHEN 'evidence' THEN ${strip(Prisma.sql`ev."title" || ' · ' || ev."note"`)}
      WHEN 'comment' THEN ${strip(Prisma.sql`c."body"`)}
      ELSE ${strip(Prisma.sql`an."exact" || CASE WHEN an."note" <> '' THEN ' · ' || an."note" ELSE '' END`)}
    END`;
  // fragmentAt: where an article's first snippet fragment starts in its
  // text (1-based, in characters = code points; ts_headline copies the text
  // verbatim), so the result can open at the first marked word. The snippet
  // is made once, in a lateral subquery, and read again for it from the
  // article row already joined.
  return client.$queryRaw<SearchRow[]>(Prisma.sql`
    WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, ${query.q}) AS tsq),
    hits AS (SELECT * FROM (${candidates}) AS candidates ORDER BY rank DESC, kind, id LIMIT ${limit})
    SELECT h.kind, h."id", h."articleId", h."annotationId", h.rank::float8 AS rank,
           CASE WHEN h.kind = 'entity' THEN e."name" ELSE a."title" END AS title,
           hl.snippet, a."outlet", a."publishedAt",
           st."key" AS "statusKey", st."name" AS "statusName", st."color" AS "statusColor",
           an."reviewState"::text AS "reviewState", u."id" AS "authorId", u."name" AS "authorName",
           CASE WHEN h.kind = 'article'
             THEN strpos(a."text", translate(split_part(hl.snippet, ${FRAGMENT_DELIMITER}, 1), ${SNIPPET_START + SNIPPET_STOP}, ''))
           END AS "fragmentAt"
      FROM hits h CROSS JOIN q
      LEFT JOIN "Article" a ON a."id" = h."articleId"
      LEFT JOIN "Annotation" an ON an."id" = h."annotationId"
      LEFT JOIN "Label" st ON st."id" = an."statusId"
      LEFT JOIN "Entity" e ON h.kind = 'entity' AND e."id" = h."id"
      LEFT JOIN "Evidence" ev ON h.kind = 'evidence' AND ev."id" = h."id"
      LEFT JOIN "Comment" c ON h.kind = 'comment' AND c."id" = h."id"
      LEFT JOIN "User" u ON u."id" = h."authorId"
      CROSS JOIN LATERAL (
        SELECT ts_headline('english'::regconfig, ${source}, q.tsq, CASE WHEN h.kind = 'article' THEN ${ARTICLE_HEADLINE} ELSE ${SHORT_HEADLINE} END) AS snippet
      ) AS hl
     ORDER BY h.rank DESC, h.kind, h."id"`);
}
