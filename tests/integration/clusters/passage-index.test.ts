import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitArticleImport } from "@/lib/server/article-import/commit-article-import";
import { reviseArticleText } from "@/lib/server/article/revise-article-text";
import { shortlistPassages } from "@/lib/server/cluster-candidate/shortlist-passages";
import { indexUnindexedArticles } from "@/lib/server/passage/index-unindexed-articles";
import { rebuildProjectPassages } from "@/lib/server/passage/rebuild-project-passages";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";

const BODY = [
  "Dr. Amal Rahimi, the city’s health officer, said on Tuesday that 1,200 residents were evacuated from the U.S. embassy district.",
  "The river rose three metres in two days before the bridge closed. Emergency crews worked through the night 🌊 to clear the road.",
].join("\n\n");

async function termCounts(projectId: string): Promise<Map<string, number>> {
  const rows = await db.articlePassageTerm.findMany({ where: { projectId } });
  return new Map(rows.map((r) => [r.term, r.passages]));
}

// What the index should count, recomputed from the passages themselves.
async function recount(projectId: string): Promise<Map<string, number>> {
  const passages = await db.articlePassage.findMany({ where: { projectId }, select: { lemmas: true } });
  const counts = new Map<string, number>([["", passages.length]]);
  for (const p of passages) for (const t of new Set(p.lemmas.split(" ").filter(Boolean))) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (passages.length === 0) counts.clear();
  return counts;
}

describe("passage index freshness (real Postgres)", () => {
  it("indexes an imported article's sentences with code-point offsets, replaces them on revision, and keeps term counts exact", async () => {
    const { project, owner } = await createTestProject();
    const imported = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files: [{ name: "flood.txt", content: BODY }] }));
    const articleId = imported.created[0]!.articleId;
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });

    const passages = await db.articlePassage.findMany({ where: { articleId }, orderBy: { start: "asc" } });
    // "Dr." and "U.S." do not end sentences; the emoji (two UTF-16 units) does not shift offsets.
    expect(passages.map((p) => p.text)).toEqual([
      "Dr. Amal Rahimi, the city’s health officer, said on Tuesday that 1,200 residents were evacuated from the U.S. embassy district.",
      "The river rose three metres in two days before the bridge closed.",
      "Emergency crews worked through the night 🌊 to clear the road.",
    ]);
    for (const p of passages) {
      expect(sliceCodePoints(article.text, p.start, p.end)).toBe(p.text);
      expect(p.revision).toBe(1);
    }
    expect(passages[0]!.lemmas.split(" ")).toEqual(expect.arrayContaining(["amal", "rahimi", "evacu", "unitedst"]));
    expect(passages[0]!.features).toMatchObject({ numbers: [expect.objectContaining({ value: 1200, unit: "resid" })] });
    expect(passages[1]!.features).toMatchObject({ relativeTimes: [expect.objectContaining({ text: "two days before", unit: "day", direction: "before", amount: 2 })] });
    const searchable = await db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(*) AS n FROM "ArticlePassage" WHERE "articleId" = ${articleId} AND "search" @@ to_tsquery('simple', 'rahimi')`;
    expect(Number(searchable[0]!.n)).toBe(1);
    expect(await termCounts(project.id)).toEqual(await recount(project.id));

    await withProjectAccess(owner.id, project.slug, (access) => reviseArticleText(access, articleId, {
      baseRevision: 1,
      text: BODY.replace("The river rose three metres", "The river rose four metres").replace(" Emergency crews worked through the night 🌊 to clear the road.", ""),
      note: "Corrected the height; dropped the last line",
    }));
    const after = await db.articlePassage.findMany({ where: { articleId }, orderBy: { start: "asc" } });
    expect(after.map((p) => p.revision)).toEqual([2, 2]);
    expect(after.map((p) => p.text)).toEqual([passages[0]!.text, "The river rose four metres in two days before the bridge closed."]);
    expect(after.some((p) => p.text.includes("Emergency"))).toBe(false);
    expect(await termCounts(project.id)).toEqual(await recount(project.id));
    expect((await termCounts(project.id)).get("crew")).toBeUndefined();
  });

  it("rebuilds a project's index to the same rows and counts", async () => {
    const { project, owner } = await createTestProject();
    await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files: [{ name: "a.txt", content: BODY }, { name: "b.txt", content: "A second report. It has two sentences." }] }));
    const before = await db.articlePassage.findMany({ where: { projectId: project.id }, select: { articleId: true, start: true, end: true, lemmas: true }, orderBy: [{ articleId: "asc" }, { start: "asc" }] });
    const counts = await termCounts(project.id);
    await db.articlePassage.deleteMany({ where: { projectId: project.id } });
    await db.articlePassageTerm.deleteMany({ where: { projectId: project.id } });
    expect(await rebuildProjectPassages(db, project.id)).toBe(before.length);
    const rebuilt = await db.articlePassage.findMany({ where: { projectId: project.id }, select: { articleId: true, start: true, end: true, lemmas: true }, orderBy: [{ articleId: "asc" }, { start: "asc" }] });
    expect(rebuilt).toEqual(before);
    expect(await termCounts(project.id)).toEqual(counts);
  });

  it("shortlists by words, and by trigrams when words find little (near-spellings)", async () => {
    const { project, owner } = await createTestProject();
    const imported = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, {
      files: [
        { name: "a.txt", content: "Senior commanders of Jaish-e-Muhammad attended the rally in the old town square on Friday afternoon." },
        { name: "b.txt", content: BODY },
      ],
    }));
    expect(imported.created).toHaveLength(2);
    const [a, b] = imported.created.map((c) => c.articleId);
    const byWords = await shortlistPassages(db, { projectId: project.id, excludeArticleId: b!, terms: ["ralli"], lemmas: "ralli" });
    expect(byWords.map((p) => p.articleId)).toEqual([a]);
    // "Mohammed" shares no term with "Muhammad"; the lemma strings are close.
    const passage = await db.articlePassage.findFirstOrThrow({ where: { articleId: a! } });
    const nearSpelling = passage.lemmas.replace("muhammad", "moham");
    const byTrigrams = await shortlistPassages(db, { projectId: project.id, excludeArticleId: b!, terms: ["moham"], lemmas: nearSpelling });
    expect(byTrigrams.map((p) => p.articleId)).toEqual([a]);
  });

  // Integration files share one database per run, and many make articles
  // without the import path (so without passages). Index that backlog first,
  // so the test below indexes only its own article, however many earlier
  // files left behind and however busy the machine is.
  beforeAll(async () => {
    await indexUnindexedArticles(db);
  }, 300_000);

  it("indexes articles that have no passages yet (a database from before the index) and leaves indexed ones alone", async () => {
    const { project, owner } = await createTestProject();
    await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files: [{ name: "a.txt", content: BODY }] }));
    const article = await db.article.findFirstOrThrow({ where: { projectId: project.id } });
    const before = await db.articlePassage.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    await db.articlePassage.deleteMany({ where: { articleId: article.id } });
    await db.articlePassageTerm.deleteMany({ where: { projectId: project.id } });
    expect(await indexUnindexedArticles(db)).toBe(1);
    const after = await db.articlePassage.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    expect(after.map((p) => [p.start, p.end, p.lemmas])).toEqual(before.map((p) => [p.start, p.end, p.lemmas]));
    expect(await termCounts(project.id)).toEqual(await recount(project.id));
    expect(await indexUnindexedArticles(db)).toBe(0);
  });
});
