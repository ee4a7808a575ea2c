import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createAnnotationFixture } from "@/tests/integration/annotations/support/create-annotation-fixture";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

export const ASTRAL_TEXT = "😀 Ünïcode 𝒳 claims: the mayor said 40% of 🚲 lanes are new.\r\nSecond line, “quoted”.";

/**
 * A project with three articles (one with astral characters and CRLF, one
 * published in 2023, one undated) and annotations by two people: a gold
 * claim with a verdict by the reviewer, an accepted mention and pending ones
 * by the annotator, one with a note.
 */
export async function createExportFixture() {
  const f = await createAnnotationFixture();
  const astral = await createTestArticle(f.project.id, ASTRAL_TEXT, f.owner.id);
  const old = await createTestArticle(f.project.id, "An older story: the bridge opened in 1999.", f.owner.id);
  await db.article.update({ where: { id: f.article.id }, data: { publishedAt: new Date("2024-03-05T12:00:00Z") } });
  await db.article.update({ where: { id: old.id }, data: { publishedAt: new Date("2023-06-01T08:00:00Z") } });

  const mk = (userId: string, articleId: string, text: string, needle: string, extra: Record<string, unknown>) =>
    withProjectAccess(userId, f.slug, (access) => createAnnotation(access, articleId, { revision: 1, ...spanOf(text, needle), ...extra }));
  const gold = await mk(f.reviewer.id, f.article.id, f.article.text, "LeT leaders", {
    kind: "CLAIM", claimTypeId: f.labels.factual, statusId: f.labels.trueStatus, note: "=SUM(A1) sourced",
  });
  const mention = await mk(f.annotator.id, f.article.id, f.article.text, "Hafiz Saeed", { kind: "ENTITY_MENTION", entityTypeId: f.labels.person });
  const astralClaim = await mk(f.annotator.id, astral.id, ASTRAL_TEXT, "the mayor said 40% of 🚲 lanes are new", {
    kind: "CLAIM", claimTypeId: f.labels.statistical,
  });
  const astralMention = await mk(f.annotator.id, astral.id, ASTRAL_TEXT, "𝒳", { kind: "ENTITY_MENTION", entityTypeId: f.labels.location });
  const quoted = await mk(f.annotator.id, astral.id, ASTRAL_TEXT, "“quoted”", { kind: "ENTITY_MENTION", entityTypeId: f.labels.organization });
  const oldClaim = await mk(f.owner.id, old.id, old.text, "the bridge opened in 1999", { kind: "CLAIM", claimTypeId: f.labels.factual });
  await db.annotation.update({ where: { id: gold.id }, data: { isGold: true, reviewState: "ACCEPTED" } });
  await db.annotation.update({ where: { id: mention.id }, data: { reviewState: "ACCEPTED" } });
  return { ...f, astral, old, ids: { gold: gold.id, mention: mention.id, astralClaim: astralClaim.id, astralMention: astralMention.id, quoted: quoted.id, oldClaim: oldClaim.id } };
}
