import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { splitEntity } from "@/lib/server/entity/split-entity";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { createTestArticle } from "../annotations/support/create-test-article";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

const TEXT = "LeT denied it. Lashkar officials and the LeT spokesman met in Lahore.";

describe("splitting an entity (real Postgres)", () => {
  it("moves one alias into a new entity with the chosen mentions and the claim links through them", async () => {
    const f = await createAnnotationFixture();
    const article = await createTestArticle(f.project.id, TEXT, f.owner.id);
    const reviewer = await requireProjectAccess(f.reviewer.id, f.slug);
    const let_ = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.organization, name: "Lashkar-e-Taiba", aliases: ["LeT", "Lashkar"] }));
    const mention = (needle: string, occurrence = 1) =>
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(TEXT, needle, occurrence), entityId: let_.id }));
    const first = await mention("LeT");
    const second = await mention("LeT", 2);
    const lashkar = await mention("Lashkar");
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(TEXT, "LeT denied it."),
      entities: [
        { entityId: let_.id, role: "CLAIMANT", mentionId: first.id },
        { entityId: let_.id, role: "SUBJECT", mentionId: null },
      ],
    }));

    // A mention whose text is not the alias is refused, and nothing changes.
    await expect(splitEntity(reviewer, let_.id, { version: 1, alias: "LeT", mentionIds: [first.id, lashkar.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('"Lashkar"'),
    });
    await expect(splitEntity(reviewer, let_.id, { version: 1, alias: "Jamaat" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(splitEntity(reviewer, let_.id, { version: 2, alias: "LeT" })).rejects.toMatchObject({ code: "CONFLICT" });
    const annotator = await requireProjectAccess(f.annotator.id, f.slug);
    await expect(splitEntity(annotator, let_.id, { version: 1, alias: "LeT" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.entity.count({ where: { projectId: f.project.id } })).toBe(1);

    const split = await splitEntity(reviewer, let_.id, { version: 1, alias: "let", mentionIds: [first.id] });
    expect(split.created).toMatchObject({ name: "LeT", typeId: f.labels.organization, aliases: [], version: 1 });
    expect(split.entity).toMatchObject({ name: "Lashkar-e-Taiba", aliases: ["Lashkar"], version: 2 });
    expect(split.moved).toEqual({ mentions: 1, claimLinks: 1 });

    const entityOf = async (id: string) => (await db.annotation.findUniqueOrThrow({ where: { id } })).entityId;
    expect(await entityOf(first.id)).toBe(split.created.id);
    expect(await entityOf(second.id)).toBe(let_.id);
    expect(await entityOf(lashkar.id)).toBe(let_.id);
    const links = await db.claimEntity.findMany({ where: { claimId: claim.id }, select: { entityId: true, role: true, mentionId: true } });
    expect(links.map((l) => [l.role, l.entityId, l.mentionId]).sort()).toEqual(
      [
        ["CLAIMANT", split.created.id, first.id],
        ["SUBJECT", let_.id, null],
      ].sort(),
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "entity.split", entityId: let_.id } });
    expect(audit.after).toMatchObject({ created: { id: split.created.id }, moved: { mentionIds: [first.id] } });
    expect(await db.event.findFirstOrThrow({ where: { projectId: f.project.id, type: "entity.split" } })).toMatchObject({ articleId: null, payload: { entityId: let_.id } });
    expect(await db.event.count({ where: { projectId: f.project.id, type: "annotation.updated", articleId: article.id } })).toBe(2);
  });
});
