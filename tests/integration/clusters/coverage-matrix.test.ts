import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ClusterRelation } from "@/lib/generated/prisma/enums";
import { getCoverageMatrix } from "@/lib/server/cluster/get-coverage-matrix";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";

// Rows straight through Prisma: the matrix reads clusters however they were made.
async function claim(projectId: string, articleId: string, authorId: string, exact: string) {
  return db.annotation.create({ data: { projectId, articleId, revision: 1, kind: "CLAIM", start: 0, end: [...exact].length, exact, authorId } });
}

async function cluster(projectId: string, title: string, members: Array<{ annotationId: string; relation: ClusterRelation }>) {
  return db.claimCluster.create({ data: { projectId, title, statement: title, members: { create: members } } });
}

async function fixture(blind = false) {
  const people = await createTestProject();
  const { project, owner, annotator, reviewer } = people;
  if (blind) await db.project.update({ where: { id: project.id }, data: { blindAnnotation: true } });
  const dated = async (text: string, outlet: string, day: number | null) => {
    const article = await createTestArticle(project.id, text, owner.id);
    return db.article.update({ where: { id: article.id }, data: { outlet, publishedAt: day === null ? null : new Date(Date.UTC(2026, 2, day)) } });
  };
  // Columns are expected in publication order, undated last: b (2nd), a (5th), c (undated).
  const a = await dated("The raid happened on Monday.", "Alpha News", 5);
  const b = await dated("The raid happened on Tuesday.", "Beta Daily", 2);
  const c = await dated("Officials confirmed the raid.", "Gamma Post", null);
  const a1 = await claim(project.id, a.id, annotator.id, "The raid happened on Monday.");
  const b1 = await claim(project.id, b.id, reviewer.id, "The raid happened on Tuesday.");
  const c1 = await claim(project.id, c.id, reviewer.id, "Officials confirmed the raid.");
  const a2 = await claim(project.id, a.id, reviewer.id, "The raid happened");
  const raid = await cluster(project.id, "A raid took place", [
    { annotationId: a1.id, relation: "SAME" },
    { annotationId: b1.id, relation: "CONTRADICTS" },
    { annotationId: c1.id, relation: "CORROBORATES" },
  ]);
  const lonely = await cluster(project.id, "Only Alpha says so", [{ annotationId: a2.id, relation: "ATTRIBUTES" }]);
  return { ...people, articles: { a, b, c }, claims: { a1, b1, c1, a2 }, raid, lonely };
}

describe("coverage matrix (real Postgres)", () => {
  it("puts facts against articles in publication order, with stance, conflict and single-outlet flags", async () => {
    const f = await fixture();
    const matrix = await getCoverageMatrix(await requireProjectAccess(f.viewer.id, f.project.slug));
    expect(matrix.articles.map((a) => a.outlet)).toEqual(["Beta Daily", "Alpha News", "Gamma Post"]);
    expect(matrix.articles[0]?.publishedAt).toBe("2026-03-02T00:00:00.000Z");

    const raid = matrix.facts.find((fact) => fact.id === f.raid.id);
    expect(raid).toMatchObject({ outletCount: 3, conflict: true, singleOutlet: false, firstAppearance: "2026-03-02T00:00:00.000Z" });
    const stanceIn = (articleId: string) => raid?.cells.find((cell) => cell.articleId === articleId)?.members.map((m) => m.stance);
    expect(stanceIn(f.articles.a.id)).toEqual(["SAME"]);
    expect(stanceIn(f.articles.b.id)).toEqual(["CONTRADICTS"]);
    expect(stanceIn(f.articles.c.id)).toEqual(["CORROBORATES"]);

    const lonely = matrix.facts.find((fact) => fact.id === f.lonely.id);
    expect(lonely).toMatchObject({ outletCount: 1, conflict: false, singleOutlet: true, firstAppearance: "2026-03-05T00:00:00.000Z" });
    expect(lonely?.cells).toEqual([
      { articleId: f.articles.a.id, members: [expect.objectContaining({ annotationId: f.claims.a2.id, stance: "ATTRIBUTES", text: "The raid happened" })] },
    ]);
  });

  it("leaves out deleted clusters and deleted member claims", async () => {
    const f = await fixture();
    await db.annotation.update({ where: { id: f.claims.b1.id }, data: { deletedAt: new Date() } });
    await db.claimCluster.update({ where: { id: f.lonely.id }, data: { deletedAt: new Date() } });
    const matrix = await getCoverageMatrix(await requireProjectAccess(f.owner.id, f.project.slug));
    expect(matrix.facts.map((fact) => fact.id)).toEqual([f.raid.id]);
    expect(matrix.facts[0]).toMatchObject({ outletCount: 2, conflict: false });
    expect(matrix.facts[0]?.cells.map((c) => c.articleId).sort()).toEqual([f.articles.a.id, f.articles.c.id].sort());
  });

  it("in a blind project an annotator sees only their own members until they submit, and no cluster of only colleagues' claims", async () => {
    const f = await fixture(true);
    const blinded = await getCoverageMatrix(await requireProjectAccess(f.annotator.id, f.project.slug));
    expect(blinded.facts.map((fact) => fact.id)).toEqual([f.raid.id]);
    expect(blinded.facts[0]?.cells).toEqual([{ articleId: f.articles.a.id, members: [expect.objectContaining({ annotationId: f.claims.a1.id })] }]);
    // Article titles are public to members; colleagues' claim words are not.
    expect(JSON.stringify(blinded.facts)).not.toContain("Tuesday");

    // Submitting on article b shows colleagues' work there, and only there.
    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.articles.b.id, userId: f.annotator.id, status: "SUBMITTED" } });
    const after = await getCoverageMatrix(await requireProjectAccess(f.annotator.id, f.project.slug));
    expect(after.facts[0]?.cells.map((c) => c.articleId).sort()).toEqual([f.articles.a.id, f.articles.b.id].sort());

    // Reviewers are never blinded.
    const reviewer = await getCoverageMatrix(await requireProjectAccess(f.reviewer.id, f.project.slug));
    expect(reviewer.facts).toHaveLength(2);
  });

  it("keeps other projects' clusters out", async () => {
    const f = await fixture();
    const g = await fixture();
    const matrix = await getCoverageMatrix(await requireProjectAccess(g.owner.id, g.project.slug));
    expect(matrix.facts.map((fact) => fact.id).sort()).toEqual([g.raid.id, g.lonely.id].sort());
    expect(matrix.articles.map((a) => a.id)).not.toContain(f.articles.a.id);
  });
});
