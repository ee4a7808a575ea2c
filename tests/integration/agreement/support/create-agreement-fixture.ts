import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "@/tests/integration/annotations/support/create-annotation-fixture";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Two annotators on one article (and a second article), built through the
// real create path. The figures the tests expect are worked out beside each
// annotation in agreement.test.ts.
export async function createAgreementFixture() {
  const f = await createAnnotationFixture();
  const second = await createTestUser("Annotator Two");
  await db.membership.create({ data: { projectId: f.project.id, userId: second.id, role: "ANNOTATOR" } });
  const text = f.article.text;
  const claim = (userId: string, quote: string, statusId: string, claimTypeId: string, extra: Record<string, unknown> = {}) =>
    withProjectAccess(userId, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(text, quote), statusId, claimTypeId, ...extra }));
  const mention = (userId: string, quote: string, extra: Record<string, unknown>) =>
    withProjectAccess(userId, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(text, quote), ...extra }));

  const hafiz = await withProjectAccess(f.owner.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
  const a = f.annotator.id;
  const b = second.id;
  const aHafiz = await mention(a, "Hafiz Saeed", { entityId: hafiz.id });
  const aGujranwala = await mention(a, "Gujranwala", { entityTypeId: f.labels.location });
  const aMet = await claim(a, "Hafiz Saeed met LeT leaders in Gujranwala on Monday", f.labels.unverified, f.labels.factual, {
    entities: [{ entityId: hafiz.id, role: "SUBJECT", mentionId: aHafiz.id }],
    evidence: [{ url: "https://example.org/report", title: "Report", stance: "SUPPORTS", note: "" }],
  });
  const aHours = await claim(a, "The meeting lasted three hours", f.labels.trueStatus, f.labels.statistical);
  const bHafiz = await mention(b, "Hafiz Saeed", { entityId: hafiz.id });
  const bLet = await mention(b, "LeT", { entityTypeId: f.labels.organization });
  const bMet = await claim(b, "Hafiz Saeed met LeT leaders in Gujranwala", f.labels.unverified, f.labels.factual);
  const bHours = await claim(b, "The meeting lasted three hours", f.labels.unverified, f.labels.statistical);

  // Work that must not count: a deleted claim, and a second article only one
  // annotator touched.
  const deleted = await claim(b, "police said", f.labels.unverified, f.labels.factual);
  await db.annotation.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  const lonely = await createTestArticle(f.project.id, "Only one annotator read this article about Gujranwala.", f.owner.id);
  await withProjectAccess(a, f.slug, (access) => createAnnotation(access, lonely.id, { kind: "CLAIM", revision: 1, ...spanOf(lonely.text, "Only one annotator read this article") }));

  return { ...f, second, hafiz, lonely, a: { hafiz: aHafiz, gujranwala: aGujranwala, met: aMet, hours: aHours }, b: { hafiz: bHafiz, let: bLet, met: bMet, hours: bHours } };
}
