import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getArticleAgreement } from "@/lib/server/agreement/get-article-agreement";
import { getProjectAgreement } from "@/lib/server/agreement/get-project-agreement";
import type { AgreementScores } from "@/lib/metrics/score-agreement";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { createAgreementFixture } from "./support/create-agreement-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Hand-computed, for annotators A and B on the fixture article:
// claims: "…met LeT leaders in Gujranwala on Monday" (A) vs "…in Gujranwala" (B)
//   overlap but differ in boundaries; "The meeting lasted three hours" same range.
//   exact: tp 1, fp 1, fn 1 → F1 1/2; overlap: tp 2 → F1 1.
// mentions: "Hafiz Saeed" both; A "Gujranwala", B "LeT" (no overlap)
//   exact = overlap: tp 1, fp 1, fn 1 → F1 1/2.
// status on matched claims: [unverified, unverified], [true, unverified]
//   p_o 1/2, p_e 1/2 → κ 0; alpha units {u,u},{t,u} → D_o 1/2 = D_e → α 0.
// claim type: [factual, factual], [statistical, statistical] → κ 1, α 1.
function span(scores: AgreementScores, kind: string, mode: string) {
  const rows = scores.spans.filter((s) => s.kind === kind && s.mode === mode);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("agreement figures from the database", () => {
  it("per article: span F1, kappa and alpha match the hand-computed values; deleted and gold work is ignored", async () => {
    const f = await createAgreementFixture();
    const view = await withProjectAccess(f.viewer.id, f.slug, (access) => getArticleAgreement(access, f.article.id));
    expect(view.coders.map((c) => c.id).sort()).toEqual([f.annotator.id, f.second.id].sort());
    expect(span(view.scores, "CLAIM", "exact")).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 });
    expect(span(view.scores, "CLAIM", "overlap")).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(span(view.scores, "ENTITY_MENTION", "exact")).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 });
    expect(span(view.scores, "ENTITY_MENTION", "overlap")).toMatchObject({ tp: 1, f1: 0.5 });
    expect(view.scores.kappa.find((k) => k.field === "statusId")!.result).toMatchObject({ kappa: 0, n: 2 });
    expect(view.scores.kappa.find((k) => k.field === "claimTypeId")!.result).toMatchObject({ kappa: 1, n: 2 });
    expect(view.scores.alpha.find((a) => a.field === "statusId")!.result.alpha).toBeCloseTo(0, 12);
    expect(view.scores.alpha.find((a) => a.field === "claimTypeId")!.result.alpha).toBe(1);
    expect(view.scores.spanCounts).toEqual(expect.arrayContaining([{ coder: f.second.id, kind: "CLAIM", count: 2 }]));

    expect(view.units.map((u) => u.differences)).toEqual([[], ["boundaries"], ["missing"], ["missing"], ["labels"]]);

    // A gold annotation on top changes nothing.
    await db.annotation.create({
      data: { projectId: f.project.id, articleId: f.article.id, revision: 1, kind: "CLAIM", start: 0, end: 5, exact: "Hafiz", authorId: f.reviewer.id, isGold: true },
    });
    expect((await withProjectAccess(f.viewer.id, f.slug, (access) => getArticleAgreement(access, f.article.id))).scores).toEqual(view.scores);
  });

  it("per project: pairs pool the articles they shared; articles with one annotator are listed without figures", async () => {
    const f = await createAgreementFixture();
    // A second shared article: both mark the same claim with the same labels.
    const shared = await createTestArticle(f.project.id, "Officials said the meeting lasted three hours.", f.owner.id);
    for (const userId of [f.annotator.id, f.second.id]) {
      await withProjectAccess(userId, f.slug, (access) => createAnnotation(access, shared.id, { kind: "CLAIM", revision: 1, ...spanOf(shared.text, "the meeting lasted three hours"), statusId: f.labels.trueStatus, claimTypeId: f.labels.statistical }));
    }
    const project = await withProjectAccess(f.annotator.id, f.slug, (access) => getProjectAgreement(access));
    expect(project.comparedArticles).toBe(2);
    // claims exact: tp 1+1, fp 1, fn 1 → F1 4/6; overlap: tp 3 → 1.
    const exact = span(project.scores, "CLAIM", "exact");
    expect(exact).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(exact.f1).toBeCloseTo(2 / 3, 12);
    // status pairs [u,u],[t,u],[t,t]: p_o 2/3; one side u1 t2, other u2 t1 → p_e 4/9 → κ 2/5.
    expect(project.scores.kappa.find((k) => k.field === "statusId")!.result.kappa).toBeCloseTo(0.4, 12);
    // alpha units {u,u},{t,u},{t,t}: D_o 1/3, D_e (3·3·2)/(6·5) = 3/5 → α 4/9.
    expect(project.scores.alpha.find((a) => a.field === "statusId")!.result.alpha).toBeCloseTo(4 / 9, 12);

    const lonely = project.articles.find((a) => a.id === f.lonely.id)!;
    expect(lonely).toMatchObject({ claimF1: null, mentionF1: null, alphaStatus: { alpha: null, reason: "no-pairable-values" } });
    expect(lonely.coders.map((c) => c.id)).toEqual([f.annotator.id]);
    expect(project.articles.find((a) => a.id === f.article.id)!.claimF1).toMatchObject({ tp: 2, f1: 1 });
  });

  it("who may see it: any member; an outsider gets 404; in a blind project an annotator must submit first", async () => {
    const f = await createAgreementFixture();
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => getProjectAgreement(access))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => getArticleAgreement(access, f.article.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => getArticleAgreement(access, f.article.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await withProjectAccess(f.annotator.id, f.slug, (access) => getProjectAgreement(access))).comparedArticles).toBe(1);
    expect((await withProjectAccess(f.reviewer.id, f.slug, (access) => getArticleAgreement(access, f.article.id))).units).toHaveLength(5);
    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.article.id, userId: f.annotator.id, status: "SUBMITTED" } });
    expect((await withProjectAccess(f.annotator.id, f.slug, (access) => getArticleAgreement(access, f.article.id))).units).toHaveLength(5);
  });

  it("a submitted annotator who marked nothing is compared as an empty set", async () => {
    const f = await createAgreementFixture();
    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.article.id, userId: f.viewer.id, status: "SUBMITTED" } });
    const view = await withProjectAccess(f.reviewer.id, f.slug, (access) => getArticleAgreement(access, f.article.id));
    expect(view.coders).toHaveLength(3);
    const withEmpty = view.scores.spans.filter((s) => (s.a === f.viewer.id || s.b === f.viewer.id) && s.kind === "CLAIM" && s.mode === "overlap");
    expect(withEmpty.map((s) => s.f1)).toEqual([0, 0]);
    expect(view.units.every((u) => u.differences.includes("missing"))).toBe(true);
  });
});
