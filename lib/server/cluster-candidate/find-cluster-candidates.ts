import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { analyzeText } from "@/lib/nlp/analyze-text";
import { normalizeTerm } from "@/lib/nlp/normalize-term";
import { findAbbreviations } from "@/lib/nlp/find-abbreviations";
import type { PassageFeatures } from "@/lib/nlp/passage-features";
import type { CandidateScorer, ScoringDoc } from "@/lib/clusters/candidates/candidate-scorer";
import type { CandidateReason, ClusterCandidateDTO } from "@/lib/clusters/candidates/cluster-candidate-dto";
import { createFeatureScorer } from "@/lib/clusters/candidates/create-feature-scorer";
import { createEntityMatcher } from "@/lib/clusters/candidates/find-entity-ids";
import { describeReasons } from "@/lib/clusters/candidates/describe-reasons";
import { diversifyByArticle } from "@/lib/clusters/candidates/diversify-by-article";
import { findVisibleClaim } from "@/lib/server/cluster-candidate/find-visible-claim";
import { shortlistPassages } from "@/lib/server/cluster-candidate/shortlist-passages";
import { loadTermWeights, type TermWeights } from "@/lib/server/cluster-candidate/load-term-weights";
import { loadCandidateClaims, type CandidateClaim } from "@/lib/server/cluster-candidate/load-candidate-claims";

export const CANDIDATES_DEFAULT_LIMIT = 10;
export const CANDIDATES_MAX_LIMIT = 50;
// Terms in more than this share of passages do not select the shortlist
// (they would match half the project); they still count in the score.
const COMMON_TERM_SHARE = 0.25;
// The selecting terms, rarest first, may together match at most this many
// passages (or this share of a large project): the shortlist then costs a
// bounded index scan, not a rank of a third of the project.
const SELECT_BUDGET = 2000;
const SELECT_BUDGET_SHARE = 0.05;
// How many of the best-scored passages go on to the claims overlay.
const CLAIM_OVERLAY_MIN = 100;
const CLAIM_OVERLAY_PER_RESULT = 5;

type Scored = Omit<ClusterCandidateDTO, "articleTitle" | "outlet"> & { doc: ScoringDoc };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

// Where the fact of one claim appears in the project's other articles: live
// claims the asker may see, and unmarked passages (a passage overlapping a
// visible claim is reported as that claim). Postgres shortlists, `scorer`
// re-ranks. Candidates already in the claim's cluster and those someone
// rejected for this claim are left out.
export async function findClusterCandidates(
  access: ProjectAccess,
  annotationId: string,
  options: { limit?: number; scorer?: CandidateScorer; client?: DbClient } = {},
): Promise<ClusterCandidateDTO[]> {
  if (!can(access.role, "project.view")) throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  const client = options.client ?? db;
  const scorer = options.scorer ?? createFeatureScorer();
  const limit = Math.min(CANDIDATES_MAX_LIMIT, Math.max(1, options.limit ?? CANDIDATES_DEFAULT_LIMIT));
  const projectId = access.project.id;

  const claim = await findVisibleClaim(client, access, annotationId);
  const [entities, rejections, clusterMembers] = await Promise.all([
    client.entity.findMany({ where: { projectId, deletedAt: null }, select: { id: true, name: true, aliases: true } }),
    client.clusterCandidateRejection.findMany({ where: { claimId: claim.id } }),
    claim.clusterMember
      ? client.claimClusterMember.findMany({ where: { clusterId: claim.clusterMember.clusterId }, select: { annotationId: true } })
      : Promise.resolve([]),
  ]);
  const matcher = createEntityMatcher(entities);
  const entityName = new Map(entities.map((e) => [e.id, e.name]));

  const analysis = analyzeText(claim.exact, findAbbreviations(claim.article.text));
  const queryEntities = [...new Set([...matcher.find(claim.exact), ...claim.claimEntities.map((l) => l.entityId)])];
  const query: ScoringDoc = { text: claim.exact, terms: analysis.terms, entityIds: queryEntities, features: analysis.features };
  // Names and aliases of the claim's entities select passages too ("LeT" finds "Lashkar-e-Taiba").
  const nameTerms = new Map(
    entities.filter((e) => queryEntities.includes(e.id)).map((e) => [e.id, [e.name, ...e.aliases].flatMap((form) => analyzeText(form).terms)] as const),
  );
  const aliasTerms = [...nameTerms.values()].flat();
  const selecting = [...new Set([...analysis.terms, ...aliasTerms])];
  const queryWeights = await loadTermWeights(client, projectId, selecting);
  const passages = await shortlistPassages(client, {
    projectId,
    excludeArticleId: claim.articleId,
    terms: selectingTerms(selecting, queryWeights),
    lemmas: analysis.terms.join(" "),
  });
  if (passages.length === 0) return [];

  const weights = await loadTermWeights(client, projectId, [...new Set(passages.flatMap((p) => p.lemmas.split(" ")).concat(selecting))]);
  // An entity weighs the mean IDF of its name's and aliases' terms, relative
  // to a term found nowhere else (the highest IDF possible in this project).
  const maxIdf = Math.log(1 + weights.passages);
  const entityWeight = new Map(
    [...nameTerms].map(([id, terms]) => [id, terms.length ? terms.reduce((sum, t) => sum + weights.idf(t), 0) / terms.length / maxIdf : 0] as const),
  );
  const context = {
    idf: weights.idf,
    entityName: (id: string) => entityName.get(id) ?? id,
    entityWeight: (id: string) => entityWeight.get(id) ?? 0,
  };
  const passageDocs: ScoringDoc[] = passages.map((p) => ({
    text: p.text,
    terms: p.lemmas.split(" ").filter(Boolean),
    entityIds: matcher.find(p.text),
    features: p.features as PassageFeatures,
  }));
  const passageScores = scorer.score(query, passageDocs, context);

  const excludedClaims = new Set([claim.id, ...clusterMembers.map((m) => m.annotationId), ...rejections.flatMap((r) => r.targetAnnotationId ?? [])]);
  const rejectedRanges = rejections.flatMap((r) =>
    r.targetArticleId && r.targetStart !== null && r.targetEnd !== null ? [{ articleId: r.targetArticleId, start: r.targetStart, end: r.targetEnd }] : [],
  );
  // Only the best-scored passages can reach the answer; claims are looked up
  // (and re-scored on their own words) for those alone.
  const keep = passageScores
    .map((score, i) => ({ i, score: score.score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(CLAIM_OVERLAY_MIN, CLAIM_OVERLAY_PER_RESULT * limit))
    .map((k) => k.i)
    .sort((a, b) => a - b);
  const claims = await loadCandidateClaims(client, access, keep.map((i) => passages[i]!));
  const claimsByArticle = new Map<string, CandidateClaim[]>();
  for (const c of claims) claimsByArticle.set(c.articleId, [...(claimsByArticle.get(c.articleId) ?? []), c]);

  const scored: Scored[] = [];
  const claimSeen = new Set<string>();
  for (const i of keep) {
    const passage = passages[i]!;
    const passageScore = passageScores[i] ?? { score: 0, reasons: [] };
    const covering = (claimsByArticle.get(passage.articleId) ?? []).filter((c) => overlaps(c, passage));
    if (covering.length > 0) {
      for (const covered of covering) {
        if (claimSeen.has(covered.id) || excludedClaims.has(covered.id)) continue;
        claimSeen.add(covered.id);
        scored.push(scoreClaim(covered, passageScore.score, passageDocs[i]!, query, scorer, context, matcher));
      }
      continue;
    }
    if (rejectedRanges.some((r) => r.articleId === passage.articleId && overlaps(r, passage))) continue;
    scored.push({
      kind: "passage",
      articleId: passage.articleId,
      start: passage.start,
      end: passage.end,
      text: passage.text,
      score: passageScore.score,
      reasons: passageScore.reasons,
      doc: passageDocs[i]!,
    });
  }

  const top = diversifyByArticle(scored).slice(0, limit);
  const articles = await client.article.findMany({
    where: { id: { in: [...new Set(top.map((c) => c.articleId))] } },
    select: { id: true, title: true, outlet: true },
  });
  const articleById = new Map(articles.map((a) => [a.id, a]));
  return top.map(({ doc, ...candidate }) => ({
    ...candidate,
    articleTitle: articleById.get(candidate.articleId)?.title ?? "",
    outlet: articleById.get(candidate.articleId)?.outlet ?? "",
    reasons: describeReasons(candidate.reasons, analysis.surfaces, doc.text, candidate.clusterId),
  }));
}

// Which query terms pick the shortlist: not the common ones (a passage that
// shares only those is rarely the same fact), the rarest first until their
// passage counts use up the budget (always at least two).
function selectingTerms(terms: readonly string[], weights: TermWeights): string[] {
  const budget = Math.max(SELECT_BUDGET, SELECT_BUDGET_SHARE * weights.passages);
  const usable = terms.filter((t) => weights.df(t) + 1 < COMMON_TERM_SHARE * weights.passages);
  const byRarity = (usable.length >= 2 ? usable : [...terms]).sort((a, b) => weights.df(a) - weights.df(b));
  const chosen: string[] = [];
  let spent = 0;
  for (const term of byRarity) {
    if (chosen.length >= 2 && spent + weights.df(term) > budget) break;
    chosen.push(term);
    spent += weights.df(term);
  }
  return chosen;
}

// A claim is judged on its own words, but never below most of its sentence's
// score: a claim marked on a fragment ("as the chief guest") keeps the
// context its sentence gives. Its words are the sentence's terms that occur
// in the claim (no second pass through the tagger: the claim is a piece of
// an indexed sentence), its dates and numbers those whose words it contains.
function scoreClaim(
  claim: CandidateClaim,
  passageScore: number,
  passage: ScoringDoc,
  query: ScoringDoc,
  scorer: CandidateScorer,
  context: Parameters<CandidateScorer["score"]>[2],
  matcher: ReturnType<typeof createEntityMatcher>,
): Scored {
  const words = new Set((claim.exact.match(/[\p{L}\p{N}]+/gu) ?? []).map(normalizeTerm));
  const inClaim = <T extends { text: string }>(items: readonly T[]) => items.filter((item) => claim.exact.includes(item.text));
  const doc: ScoringDoc = {
    text: claim.exact,
    terms: passage.terms.filter((t) => words.has(t)),
    entityIds: matcher.find(claim.exact),
    features: {
      dates: inClaim(passage.features.dates),
      relativeTimes: inClaim(passage.features.relativeTimes),
      numbers: inClaim(passage.features.numbers),
    },
  };
  const own = scorer.score(query, [doc], context)[0] ?? { score: 0, reasons: [] };
  return { ...claimCandidate(claim, Math.max(own.score, Math.round(0.9 * passageScore * 1000) / 1000), own.reasons), doc };
}

function claimCandidate(claim: CandidateClaim, score: number, reasons: CandidateReason[]): Omit<Scored, "doc"> {
  return {
    kind: "claim",
    annotationId: claim.id,
    articleId: claim.articleId,
    start: claim.start,
    end: claim.end,
    text: claim.exact,
    score,
    ...(claim.clusterId ? { clusterId: claim.clusterId } : {}),
    reasons,
  };
}
