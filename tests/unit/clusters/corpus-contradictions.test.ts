import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClusterDifference, ComparedMember } from "@/lib/clusters/cluster-difference";
import { splitWords } from "@/lib/clusters/compare/split-words";
import { wordSimilarity } from "@/lib/clusters/compare/word-similarity";
import { countIndependentSources, SYNDICATED_SIMILARITY } from "@/lib/clusters/count-independent-sources";
import { findClusterDifferences } from "@/lib/clusters/find-cluster-differences";
import { type CorpusArticle, corpusFacts, type ExpectedDifference } from "@/tests/fixtures/cluster-contradictions";

const corpusDir = join(process.cwd(), "prisma", "seed-data", "corpus");
const articles = new Map<CorpusArticle, string>(
  (["article-000", "article-001", "article-002", "article-003", "article-004"] as const).map((name) => [name, readFileSync(join(corpusDir, `${name}.txt`), "utf8")]),
);

function membersOf(fact: (typeof corpusFacts)[number]): ComparedMember[] {
  return fact.members.map(({ article, quote }) => ({ memberId: article, articleId: article, text: quote, publishedAt: null }));
}

// A difference as the fixture states it: per article, the words marked.
function asExpected(difference: ClusterDifference): ExpectedDifference {
  const byArticle = new Map<string, string[]>();
  for (const side of difference.sides) byArticle.set(side.memberId, [...(byArticle.get(side.memberId) ?? []), side.words]);
  return {
    kind: difference.kind,
    sides: [...byArticle].map(([article, words]) => ({ article: article as CorpusArticle, words })),
  };
}

describe("demo corpus: contradictions between outlets", { timeout: 0 }, () => {
  it("quotes every member exactly as its article has it", () => {
    for (const fact of corpusFacts) {
      for (const { article, quote } of fact.members) expect(articles.get(article), `${fact.name} / ${article}`).toContain(quote);
    }
  });

  it.each(corpusFacts.map((fact) => [fact.name, fact] as const))("%s", (_, fact) => {
    const found = findClusterDifferences(membersOf(fact));
    expect(found.map(asExpected)).toEqual(fact.differences);
    // The marked words sit at their offsets in the member and in the article.
    for (const side of found.flatMap((difference) => difference.sides)) {
      const quote = fact.members.find((m) => m.article === side.memberId)?.quote ?? "";
      expect([...quote].slice(side.start, side.end).join("")).toBe(side.words);
      const article = articles.get(side.memberId as CorpusArticle) ?? "";
      const quoteStart = [...article.slice(0, article.indexOf(quote))].length;
      expect([...article].slice(quoteStart + side.start, quoteStart + side.end).join("")).toBe(side.words);
    }
  });

  it("describes the relative-time and year disputes in the outlets' words", () => {
    const descriptions = corpusFacts.flatMap((fact) => findClusterDifferences(membersOf(fact)).map((difference) => difference.description));
    expect(descriptions).toEqual(["Dates differ: 'days before' vs 'weeks prior'", "Dates differ: 'January 2024', 'April 2024' vs '2023'"]);
  });

  it("counts each outlet as an independent source, except a near-verbatim repeat", () => {
    const counts = Object.fromEntries(corpusFacts.map((fact) => [fact.name, countIndependentSources(membersOf(fact))]));
    for (const fact of corpusFacts) {
      if (fact.name.startsWith("The PoK rally")) continue;
      expect(counts[fact.name]?.count, fact.name).toBe(fact.members.length);
    }
    // article-003 repeats article-001's sentence with "this", "senior", "both"
    // and "(JeM)" added: 15 shared words of 16 and 18 → 30 / 34 ≈ 0.88.
    expect(counts["The PoK rally with Lashkar-e-Taiba and Jaish-e-Mohammed commanders"]).toEqual({ count: 1, groups: [["article-001", "article-003"]] });
  });

  it("keeps independent outlets well below the syndication threshold (figures in docs/architecture.md)", () => {
    const scores: number[] = [];
    for (const fact of corpusFacts) {
      if (fact.name.startsWith("The PoK rally")) continue;
      const words = fact.members.map((m) => splitWords(m.quote));
      for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) scores.push(wordSimilarity(words[i] ?? [], words[j] ?? []));
    }
    expect(Math.min(...scores)).toBeCloseTo(0.14, 2);
    expect(Math.max(...scores)).toBeCloseTo(0.67, 2);
    expect(Math.max(...scores)).toBeLessThan(SYNDICATED_SIMILARITY);
  });

  it("marks words at their offsets even when whole articles are compared", () => {
    const members = [...articles].map(([name, text]) => ({ memberId: name, articleId: name, text, publishedAt: null }));
    const found = findClusterDifferences(members);
    expect(found.length).toBeGreaterThan(0);
    for (const side of found.flatMap((difference) => difference.sides)) {
      const text = articles.get(side.memberId as CorpusArticle) ?? "";
      expect([...text].slice(side.start, side.end).join("")).toBe(side.words);
    }
  });
});
