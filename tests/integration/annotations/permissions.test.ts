import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { restoreAnnotation } from "@/lib/server/annotation/restore-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { searchEntities } from "@/lib/server/entity/search-entities";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { countProjectRows } from "./support/count-project-rows";
import { spanOf } from "./support/span-of";
import { assertStoredSpans } from "./support/assert-stored-spans";
import { withProjectAccess } from "@/tests/support/with-project-access";

afterAll(async () => {
  await assertStoredSpans();
});

describe("who may do what with annotations (real Postgres)", () => {
  it("a viewer may list but not create (403), and nothing is written", async () => {
    const f = await createAnnotationFixture();
    const before = await countProjectRows(f.project.id);
    await expect(
      withProjectAccess(f.viewer.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") })),
    ).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "X" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countProjectRows(f.project.id)).toEqual(before);
    expect(await withProjectAccess(f.viewer.id, f.slug, (access) => listAnnotations(access, f.article.id))).toEqual([]);
  });

  it("an outsider gets 404 for everything, as if the project did not exist", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "X" }));
    const before = await countProjectRows(f.project.id);
    const attempts: Array<() => Promise<unknown>> = [
      () => withProjectAccess(f.outsider.id, f.slug, (access) => listAnnotations(access, f.article.id)),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") })),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "x" })),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => deleteAnnotation(access, claim.id, { version: 1 })),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => restoreAnnotation(access, claim.id, { version: 1 })),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => searchEntities(access, { q: "" })),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Y" })),
      () => withProjectAccess(f.outsider.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, name: "Z" })),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(await countProjectRows(f.project.id)).toEqual(before);
  });

  it("a member of another project cannot reach this project's annotations through their own project", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    await expect(withProjectAccess(g.owner.id, g.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "x" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(g.owner.id, g.slug, (access) => deleteAnnotation(access, claim.id, { version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(g.owner.id, g.slug, (access) => listAnnotations(access, f.article.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an annotator cannot change a colleague's annotation (403); reviewers and owners can", async () => {
    const f = await createAnnotationFixture();
    const colleague = await createTestUser("Colleague");
    await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
    const theirs = await withProjectAccess(colleague.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const before = await countProjectRows(f.project.id);
    const refusal = { code: "FORBIDDEN", status: 403, message: "You can only change your own annotations; ask a reviewer to change a colleague's." };
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, theirs.id, { version: 1, note: "mine now" }))).rejects.toMatchObject(refusal);
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, theirs.id, { version: 1 }))).rejects.toMatchObject(refusal);
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => updateAnnotation(access, theirs.id, { version: 1, note: "x" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countProjectRows(f.project.id)).toEqual(before);

    const byReviewer = await withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, theirs.id, { version: 1, note: "reviewed" }));
    expect(byReviewer).toMatchObject({ note: "reviewed", version: 2, author: { id: colleague.id } });
    const byOwner = await withProjectAccess(f.owner.id, f.slug, (access) => deleteAnnotation(access, theirs.id, { version: 2 }));
    expect(byOwner.deletedAt).not.toBeNull();
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotation(access, theirs.id, { version: 3 }))).rejects.toMatchObject(refusal);
    expect((await withProjectAccess(f.reviewer.id, f.slug, (access) => restoreAnnotation(access, theirs.id, { version: 3 }))).deletedAt).toBeNull();
  });

  it("only reviewers and owners may clear textChangedAfterVerdict", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "police"),
      statusId: f.labels.trueStatus,
    }));
    // As a text correction under a verdict would leave it.
    await db.annotation.update({ where: { id: claim.id }, data: { textChangedAfterVerdict: true } });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, textChangedAfterVerdict: false }))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only reviewers and owners can confirm that a verdict still holds after the text changed.",
    });
    const cleared = await withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, textChangedAfterVerdict: false }));
    expect(cleared).toMatchObject({ textChangedAfterVerdict: false, version: 2 });
  });

  it("in a blind project an annotator sees only their own annotations until their assignment is submitted", async () => {
    const f = await createAnnotationFixture();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const mine = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const reviewers = await withProjectAccess(f.reviewer.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Hafiz") }));
    expect((await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotations(access, f.article.id))).map((a) => a.id)).toEqual([mine.id]);
    expect((await withProjectAccess(f.reviewer.id, f.slug, (access) => listAnnotations(access, f.article.id))).map((a) => a.id)).toEqual([reviewers.id, mine.id]);
    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.article.id, userId: f.annotator.id, status: "SUBMITTED" } });
    expect((await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotations(access, f.article.id))).map((a) => a.id)).toEqual([reviewers.id, mine.id]);
  });

  it("annotators edit the entities they added; reviewers edit any", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.reviewer.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Added by reviewer" }));
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, name: "Renamed" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const own = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Mine" }));
    expect(await withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, own.id, { version: 1, name: "Still mine" }))).toMatchObject({ name: "Still mine", version: 2 });
    expect(await withProjectAccess(f.reviewer.id, f.slug, (access) => updateEntity(access, own.id, { version: 2, name: "Reviewed" }))).toMatchObject({ name: "Reviewed", version: 3 });
  });
});
