import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findClusterCandidates } from "@/lib/server/cluster-candidate/find-cluster-candidates";
import { createTfIdfModel } from "@/lib/metrics/tf-idf-sentence-similarity";
import { conflictingPairs, recurringFacts, singleOutletClaims, type RecurringFact } from "@/tests/fixtures/cluster-facts";
import { measureCandidateQuality, type QualityCase, type QualityFigures, type Range, type RankedCandidate } from "@/tests/support/cluster-candidates/measure-candidate-quality";
import { createDemoCorpusProject, markClaim, rangeOf, type CorpusArticle } from "./support/demo-corpus-project";

// Quality of cluster candidates on the demo corpus, against facts stated by
// hand (tests/fixtures/cluster-facts.ts), and a plain TF-IDF sentence
// baseline on the same cases. Figures are printed and recorded in
// docs/benchmarks.md ("Cluster candidates: quality").

type Project = Awaited<ReturnType<typeof createDemoCorpusProject>>;

function expectedFor(project: Project, fact: RecurringFact, queryFile: string): Map<string, Range[]> {
  const expected = new Map<string, Range[]>();
  for (const member of fact.members) {
    if (member.file === queryFile) continue;
    const article = articleOf(project, member.file);
    expected.set(article.id, member.quotes.map((q) => ({ articleId: article.id, ...rangeOf(article.text, q) })));
  }
  return expected;
}

function articleOf(project: Project, file: string): CorpusArticle {
  const article = project.articles.find((a) => a.file === file);
  if (!article) throw new Error(file);
  return article;
}

async function clearClaims(project: Project) {
  await db.annotation.deleteMany({ where: { projectId: project.project.id } });
}

async function rank(project: Project, claimId: string): Promise<RankedCandidate[]> {
  const candidates = await findClusterCandidates(project.access(project.annotator.id, "ANNOTATOR"), claimId, { limit: 50 });
  return candidates.map((c) => ({ articleId: c.articleId, start: c.start, end: c.end, annotationId: c.annotationId }));
}

// The baseline ranks the same passages (the index's sentences of other articles).
async function baselineRank(project: Project, queryArticleId: string, queryText: string): Promise<RankedCandidate[]> {
  const passages = await db.articlePassage.findMany({
    where: { projectId: project.project.id },
    select: { articleId: true, start: true, end: true, text: true },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
  });
  const model = createTfIdfModel(passages.map((p) => p.text));
  return passages
    .map((p, i) => ({ p, score: model.similarity(queryText, i) }))
    .filter(({ p }) => p.articleId !== queryArticleId)
    .sort((a, b) => b.score - a.score)
    .map(({ p }) => ({ articleId: p.articleId, start: p.start, end: p.end }));
}

const show = (name: string, f: QualityFigures) =>
  `${name.padEnd(34)} cases ${String(f.cases).padStart(3)}  expected ${String(f.expected).padStart(3)}  recall@5 ${f.recallAt5.toFixed(3)}  precision@5 ${f.precisionAt5.toFixed(3)}  top-1/article ${f.top1PerArticle.toFixed(3)}${f.claimHitShare === null ? "" : `  hits as the marked claim ${f.claimHitShare.toFixed(3)}`}`;

describe("cluster candidates on the demo corpus (real Postgres)", () => {
  let project: Project;
  const figures: string[] = [];
  beforeAll(async () => {
    // CANDIDATE_QUALITY_REGISTRY=0 measures without the entity registry (figures only).
    project = await createDemoCorpusProject({ registry: process.env.CANDIDATE_QUALITY_REGISTRY !== "0" });
  }, 120_000);
  afterAll(() => {
    console.log(`\nCluster candidates: quality\n${figures.join("\n")}\n`);
  });

  it("states at least eight recurring facts and single-outlet claims", () => {
    expect(recurringFacts.length).toBeGreaterThanOrEqual(8);
    for (const fact of recurringFacts) expect(new Set(fact.members.map((m) => m.file)).size).toBe(fact.members.length);
    expect(singleOutletClaims.length).toBeGreaterThan(0);
  });

  it("one member marked: finds the other outlets' passages (recall@5 ≥ 0.95, top-1 per article ≥ 0.9), well above TF-IDF", async () => {
    const ours: QualityCase[] = [];
    const baseline: QualityCase[] = [];
    const misses: string[] = [];
    for (const fact of recurringFacts) {
      for (const member of fact.members) {
        await clearClaims(project);
        const article = articleOf(project, member.file);
        const quote = member.quotes[0]!;
        const claimId = await markClaim(project.project.id, project.annotator.id, article, quote);
        const expected = expectedFor(project, fact, member.file);
        const kase: QualityCase = { ranked: await rank(project, claimId), expected };
        ours.push(kase);
        baseline.push({ ranked: await baselineRank(project, article.id, quote), expected });
        const one = measureCandidateQuality([kase]);
        if (one.recallAt5 < 1 || one.top1PerArticle < 1) {
          misses.push(`${fact.key} from ${member.file}: recall ${one.recallAt5.toFixed(2)} top1 ${one.top1PerArticle.toFixed(2)}`);
          if (process.env.CANDIDATE_DEBUG) {
            const detail = await findClusterCandidates(project.access(project.annotator.id, "ANNOTATOR"), claimId, { limit: 8 });
            misses.push(`  Q: ${quote}`, ...detail.map((c) => `  ${c.score.toFixed(3)} ${project.articles.find((a) => a.id === c.articleId)?.file} ${c.text.slice(0, 110)} ${JSON.stringify(c.reasons).slice(0, 200)}`));
          }
        }
      }
    }
    const mine = measureCandidateQuality(ours);
    const base = measureCandidateQuality(baseline);
    figures.push(show("passages, one member marked", mine), show("TF-IDF baseline, same cases", base));
    if (misses.length) console.log(`misses:\n${misses.join("\n")}`);
    expect(mine.recallAt5).toBeGreaterThanOrEqual(0.95);
    expect(mine.top1PerArticle).toBeGreaterThanOrEqual(0.9);
    expect(mine.recallAt5).toBeGreaterThan(base.recallAt5);
  });

  it("every member marked: the other members come back as existing claims", async () => {
    const cases: QualityCase[] = [];
    for (const fact of recurringFacts) {
      await clearClaims(project);
      const ids = new Map<string, string>();
      for (const member of fact.members) {
        const article = articleOf(project, member.file);
        ids.set(article.id, await markClaim(project.project.id, project.annotator.id, article, member.quotes[0]!));
      }
      for (const member of fact.members) {
        const article = articleOf(project, member.file);
        const expected = expectedFor(project, fact, member.file);
        const expectedClaims = new Map([...ids].filter(([articleId]) => articleId !== article.id));
        const kase: QualityCase = { ranked: await rank(project, ids.get(article.id)!), expected, expectedClaims };
        cases.push(kase);
        const one = measureCandidateQuality([kase]);
        if (process.env.CANDIDATE_DEBUG && (one.recallAt5 < 1 || one.top1PerArticle < 1)) {
          const detail = await findClusterCandidates(project.access(project.annotator.id, "ANNOTATOR"), ids.get(article.id)!, { limit: 8 });
          console.log(`${fact.key} from ${member.file}: recall ${one.recallAt5.toFixed(2)} top1 ${one.top1PerArticle.toFixed(2)}\n  Q: ${member.quotes[0]}\n${detail.map((c) => `  ${c.kind} ${c.score.toFixed(3)} ${project.articles.find((a) => a.id === c.articleId)?.file} ${c.text.slice(0, 100)}`).join("\n")}`);
        }
      }
    }
    const mine = measureCandidateQuality(cases);
    figures.push(show("claims, every member marked", mine));
    expect(mine.recallAt5).toBeGreaterThanOrEqual(0.95);
    expect(mine.top1PerArticle).toBeGreaterThanOrEqual(0.9);
    // Marked members come back as claims, not as their sentence again.
    expect(mine.claimHitShare).toBeGreaterThanOrEqual(0.8);
  });

  it("flags the conflicting relative time of the same visit ('days before' vs 'weeks prior') and still ranks it first", async () => {
    const fact = recurringFacts.find((f) => f.key === "pok-visit")!;
    for (const pair of conflictingPairs) {
      await clearClaims(project);
      const member = fact.members.find((m) => m.file === pair.a.file)!;
      const claimId = await markClaim(project.project.id, project.annotator.id, articleOf(project, pair.a.file), member.quotes[0]!);
      const candidates = await findClusterCandidates(project.access(project.annotator.id, "ANNOTATOR"), claimId, { limit: 50 });
      const other = articleOf(project, pair.b.file);
      const best = candidates.find((c) => c.articleId === other.id)!;
      expect(best.text).toContain(pair.b.words);
      expect(best.reasons).toContainEqual({ kind: "date", match: false, query: pair.a.words, candidate: pair.b.words });
      expect(candidates.indexOf(best)).toBeLessThan(5);
    }
  });

  it("single-outlet claims score below the facts other outlets share", async () => {
    const trueBest: number[] = [];
    for (const fact of recurringFacts.slice(0, 6)) {
      await clearClaims(project);
      const member = fact.members[0]!;
      const claimId = await markClaim(project.project.id, project.annotator.id, articleOf(project, member.file), member.quotes[0]!);
      const [best] = await findClusterCandidates(project.access(project.annotator.id, "ANNOTATOR"), claimId, { limit: 1 });
      trueBest.push(best?.score ?? 0);
    }
    const loneBest: number[] = [];
    for (const lone of singleOutletClaims) {
      await clearClaims(project);
      const claimId = await markClaim(project.project.id, project.annotator.id, articleOf(project, lone.file), lone.quote);
      const [best] = await findClusterCandidates(project.access(project.annotator.id, "ANNOTATOR"), claimId, { limit: 1 });
      loneBest.push(best?.score ?? 0);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    figures.push(`best score: median ${median(trueBest).toFixed(3)} for recurring facts, ${median(loneBest).toFixed(3)} for single-outlet claims`);
    expect(median(loneBest)).toBeLessThan(median(trueBest));
  });
});
