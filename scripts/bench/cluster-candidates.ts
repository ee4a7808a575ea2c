// Cluster-candidates benchmark (issue 11): a project of 2,000 synthetic
// articles and 20,000 claims in a scratch database on a real Postgres server;
// times GET …/cluster-candidates' data function for random claims (p50/p95)
// and the passage indexing an imported article adds. A benchmark, not a
// test: it prints figures and fails only when something cannot run.
//
//   npm run bench:clusters [-- --articles 2000 --claims 20000 --queries 50 --words 450 --server postgresql://postgres@127.0.0.1:5432/postgres]
//
// Results: docs/benchmarks.md, "Cluster candidates: speed".
import { randomUUID } from "node:crypto";
import { cpus, loadavg, totalmem } from "node:os";
import { BENCH_SERVER, readBenchOptions } from "@/scripts/bench/support/read-bench-options";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject } from "@/lib/server/project/create-project";
import { contentHash } from "@/lib/import/content-hash";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { buildPassageRows, type PassageRow } from "@/lib/server/passage/build-passage-rows";
import { countTermDeltas } from "@/lib/server/passage/count-term-deltas";
import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";
import { findClusterCandidates } from "@/lib/server/cluster-candidate/find-cluster-candidates";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { loadCorpusSentences } from "@/scripts/bench/support/load-corpus-sentences";
import { seededRandom } from "@/scripts/bench/support/seeded-random";
import { percentile, median } from "@/scripts/bench/support/statistics";
import { inventNames } from "./cluster-support/perturb-sentence";
import { syntheticArticle } from "./cluster-support/synthetic-article";

const values = readBenchOptions({
  articles: 2000,
  claims: 20000,
  queries: 50,
  words: 450,
  server: BENCH_SERVER,
  // Keep the scratch database (its URL is printed) for profiling queries by hand.
  keep: false,
});
const { server, articles: ARTICLES, claims: CLAIMS, queries: QUERIES, words: WORDS } = values;

async function bulkInsert(client: PrismaClient, projectId: string, ownerId: string, texts: string[], rows: PassageRow[][]): Promise<string[]> {
  const ids = texts.map(() => randomUUID());
  const content = texts.map((t) => JSON.stringify(textToDoc(t)));
  await client.$executeRaw`
    INSERT INTO "Article" ("id", "projectId", "title", "text", "content", "contentHash", "createdById", "updatedAt")
    SELECT u.id, ${projectId}, 'Synthetic ' || u.n, u.t, u.c::jsonb, u.h, ${ownerId}, now()
      FROM unnest(${ids}::text[], ${texts}::text[], ${content}::text[], ${texts.map(contentHash)}::text[], ${texts.map((_, i) => String(i))}::text[]) AS u(id, t, c, h, n)`;
  const flat = rows.flatMap((list, i) => list.map((r) => ({ ...r, articleId: ids[i]! })));
  for (let from = 0; from < flat.length; from += 5000) {
    const chunk = flat.slice(from, from + 5000);
    await client.$executeRaw`
      INSERT INTO "ArticlePassage" ("id", "projectId", "articleId", "revision", "start", "end", "text", "lemmas", "features", "search")
      SELECT u.id, ${projectId}, u.a, 1, u.s, u.e, u.t, u.l, u.f::jsonb, to_tsvector('simple', u.l)
        FROM unnest(${chunk.map(() => randomUUID())}::text[], ${chunk.map((r) => r.articleId)}::text[], ${chunk.map((r) => r.start)}::int[],
                    ${chunk.map((r) => r.end)}::int[], ${chunk.map((r) => r.text)}::text[], ${chunk.map((r) => r.lemmas)}::text[],
                    ${chunk.map((r) => JSON.stringify(r.features))}::text[]) AS u(id, a, s, e, t, l, f)`;
  }
  return ids;
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Cluster-candidates benchmark: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log(`${ARTICLES} articles of ~${WORDS} words, ${CLAIMS} claims, ${QUERIES} queries (limit 10)\n`);
  const scratch = await createScratchDatabase(server, "claimdesk_bench_clusters");
  const client = createPrismaClient(scratch.url, 4);
  try {
    await migrateDatabase(scratch.url);
    const random = seededRandom(11);
    const sentences = loadCorpusSentences();
    const names = inventNames(3000, random);
    const owner = await client.user.create({ data: { email: "bench@example.com", name: "Bench" } });
    const project = await client.$transaction((tx) => createProject(tx, owner.id, { name: "Bench", slug: "bench" }));

    let t = performance.now();
    const texts = Array.from({ length: ARTICLES }, () => syntheticArticle(sentences, names, random, WORDS).text);
    const rows = texts.map(buildPassageRows);
    const nlpSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const articleIds = await bulkInsert(client, project.id, owner.id, texts, rows);
    const deltas = countTermDeltas([], rows.flat().map((r) => r.lemmas));
    await client.$executeRaw`
      INSERT INTO "ArticlePassageTerm" ("projectId", "term", "passages")
      SELECT ${project.id}, u.t, u.d FROM unnest(${deltas.map((d) => d.term)}::text[], ${deltas.map((d) => d.delta)}::int[]) AS u(t, d)`;

    // Claims on whole sentences or their first clause, spread over the articles.
    const claims: Array<{ articleId: string; start: number; end: number; exact: string }> = [];
    while (claims.length < CLAIMS) {
      const i = random.int(0, ARTICLES - 1);
      const row = random.pick(rows[i]!);
      const comma = row.text.indexOf(", ");
      const exact = comma > 20 && random.chance(0.5) ? row.text.slice(0, comma) : row.text;
      claims.push({ articleId: articleIds[i]!, start: row.start, end: row.start + [...exact].length, exact });
    }
    const claimIds = claims.map(() => randomUUID());
    for (let from = 0; from < claims.length; from += 5000) {
      const chunk = claims.slice(from, from + 5000);
      await client.$executeRaw`
        INSERT INTO "Annotation" ("id", "projectId", "articleId", "revision", "kind", "start", "end", "exact", "authorId", "updatedAt")
        SELECT u.id, ${project.id}, u.a, 1, 'CLAIM', u.s, u.e, u.x, ${owner.id}, now()
          FROM unnest(${claimIds.slice(from, from + 5000)}::text[], ${chunk.map((c) => c.articleId)}::text[], ${chunk.map((c) => c.start)}::int[],
                      ${chunk.map((c) => c.end)}::int[], ${chunk.map((c) => c.exact)}::text[]) AS u(id, a, s, e, x)`;
    }
    await client.$executeRawUnsafe(`ANALYZE`);
    const passages = rows.reduce((n, r) => n + r.length, 0);
    console.log(`built: ${passages} passages (NLP ${nlpSeconds.toFixed(1)} s, ${((nlpSeconds * 1000) / passages).toFixed(2)} ms per sentence), inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // The bench's own client and database, where requireProjectAccess (lib/db)
    // cannot look: the one place outside tests that states an access itself.
    const { id, slug, name, description } = project;
    const access = { project: { id, slug, name, description, blindAnnotation: false }, role: "OWNER", userId: owner.id } as ProjectAccess;
    const picks = Array.from({ length: QUERIES + 5 }, () => random.pick(claimIds));
    const times: number[] = [];
    let returned = 0;
    for (const [n, id] of picks.entries()) {
      const q = performance.now();
      const candidates = await findClusterCandidates(access, id, { limit: 10, client });
      const ms = performance.now() - q;
      if (n >= 5) {
        times.push(ms);
        returned += candidates.length;
      }
    }
    console.log(`candidates for one claim: p50 ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${QUERIES} queries after 5 warm-up, ${(returned / QUERIES).toFixed(1)} candidates each)`);

    const indexTimes: number[] = [];
    const nlpTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const text = syntheticArticle(sentences, names, random, WORDS).text;
      const article = await client.article.create({
        data: { projectId: project.id, title: `Imported ${i}`, text, content: textToDoc(text) as object, contentHash: contentHash(text), createdById: owner.id },
      });
      const n0 = performance.now();
      const prepared = buildPassageRows(text);
      nlpTimes.push(performance.now() - n0);
      const i0 = performance.now();
      await client.$transaction((tx) => indexArticlePassages(tx, { id: article.id, projectId: project.id, revision: 1, text }));
      indexTimes.push(performance.now() - i0);
      void prepared;
    }
    console.log(`index one imported article (~${WORDS} words, NLP + delete/insert + term counts, one transaction): median ${median(indexTimes).toFixed(0)} ms (NLP alone ${median(nlpTimes).toFixed(0)} ms)`);
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.$disconnect();
    if (values.keep) console.log(`kept ${scratch.url}`);
    else await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
