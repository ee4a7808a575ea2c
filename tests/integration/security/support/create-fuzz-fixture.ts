import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createComment } from "@/lib/server/comment/create-comment";
import { createAnnotationFixture } from "@/tests/integration/annotations/support/create-annotation-fixture";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Astral characters early in the text, so offsets can split a surrogate pair.
export const FUZZ_TEXT = "😀 Hafiz Saeed met 🇵🇰 LeT leaders in Gujranwala on Monday, police said.\n\nThe meeting lasted three hours, according to two officials.";

async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, name: "fuzz", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

async function populate(text: string) {
  const f = await createAnnotationFixture(text);
  const annotation = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, claimTypeId: f.labels.factual, ...spanOf(text, "police said") }));
  const comment = await withProjectAccess(f.owner.id, f.slug, (access) => createComment(access, annotation.id, { body: "A first comment." }));
  const entity = await db.entity.create({ data: { projectId: f.project.id, typeId: f.labels.person, name: "Hafiz Saeed", createdById: f.owner.id } });
  return { f, annotationId: annotation.id, commentId: comment.id, entityId: entity.id };
}

export type FuzzFixture = Awaited<ReturnType<typeof createFuzzFixture>>;

/** A project with an article, annotation, comment and entity to aim at, and another project whose ids are foreign to it. */
export async function createFuzzFixture() {
  const own = await populate(FUZZ_TEXT);
  const foreign = await populate("Another project's article, with its own annotation to point at: police said so.");
  const { f } = own;
  return {
    text: FUZZ_TEXT,
    projectId: f.project.id,
    labels: f.labels,
    userIds: { owner: f.owner.id, reviewer: f.reviewer.id, annotator: f.annotator.id, viewer: f.viewer.id },
    tokens: { owner: await tokenFor(f.owner.id), annotator: await tokenFor(f.annotator.id) },
    // Per path parameter: a valid value here, and the same kind of id from the other project.
    valid: { slug: f.slug, articleId: f.article.id, annotationId: own.annotationId, commentId: own.commentId, entityId: own.entityId } as Record<string, string>,
    foreign: { slug: foreign.f.slug, articleId: foreign.f.article.id, annotationId: foreign.annotationId, commentId: foreign.commentId, entityId: foreign.entityId } as Record<string, string>,
  };
}
