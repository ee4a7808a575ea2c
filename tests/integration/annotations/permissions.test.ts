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

afterAll(async () => {
  await assertStoredSpans();
});

describe("who may do what with annotations (real Postgres)", () => {
  it("a viewer may list but not create (403), and nothing is written", async () => {
    const f = await createAnnotationFixture();
    const before = await countProjectRows(f.project.id);
    await expect(
      createAnnotation(f.viewer.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(createEntity(f.viewer.id, f.slug, { typeId: f.labels.person, name: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countProjectRows(f.project.id)).toEqual(before);
    expect(await listAnnotations(f.viewer.id, f.slug, f.article.id)).toEqual([]);
  });

  it("an outsider gets 404 for everything, as if the project did not exist", async () => {
    const f = await createAnnotationFixture();
    const claim = await createAnnotation(f.annotator.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") });
    const entity = await createEntity(f.annotator.id, f.slug, { typeId: f.labels.person, name: "X" });
    const before = await countProjectRows(f.project.id);
    const attempts: Array<() => Promise<unknown>> = [
      () => listAnnotations(f.outsider.id, f.slug, f.article.id),
      () => createAnnotation(f.outsider.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }),
      () => updateAnnotation(f.outsider.id, f.slug, claim.id, { version: 1, note: "x" }),
      () => deleteAnnotation(f.outsider.id, f.slug, claim.id, { version: 1 }),
      () => restoreAnnotation(f.outsider.id, f.slug, claim.id, { version: 1 }),
      () => searchEntities(f.outsider.id, f.slug, { q: "" }),
      () => createEntity(f.outsider.id, f.slug, { typeId: f.labels.person, name: "Y" }),
      () => updateEntity(f.outsider.id, f.slug, entity.id, { version: 1, name: "Z" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(await countProjectRows(f.project.id)).toEqual(before);
  });

  it("a member of another project cannot reach this project's annotations through their own project", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    const claim = await createAnnotation(f.annotator.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") });
    await expect(updateAnnotation(g.owner.id, g.slug, claim.id, { version: 1, note: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAnnotation(g.owner.id, g.slug, claim.id, { version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAnnotations(g.owner.id, g.slug, f.article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an annotator cannot change a colleague's annotation (403); reviewers and owners can", async () => {
    const f = await createAnnotationFixture();
    const colleague = await createTestUser("Colleague");
    await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
    const theirs = await createAnnotation(colleague.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") });
    const before = await countProjectRows(f.project.id);
    const refusal = { code: "FORBIDDEN", status: 403, message: "You can only change your own annotations; ask a reviewer to change a colleague's." };
    await expect(updateAnnotation(f.annotator.id, f.slug, theirs.id, { version: 1, note: "mine now" })).rejects.toMatchObject(refusal);
    await expect(deleteAnnotation(f.annotator.id, f.slug, theirs.id, { version: 1 })).rejects.toMatchObject(refusal);
    await expect(updateAnnotation(f.viewer.id, f.slug, theirs.id, { version: 1, note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countProjectRows(f.project.id)).toEqual(before);

    const byReviewer = await updateAnnotation(f.reviewer.id, f.slug, theirs.id, { version: 1, note: "reviewed" });
    expect(byReviewer).toMatchObject({ note: "reviewed", version: 2, author: { id: colleague.id } });
    const byOwner = await deleteAnnotation(f.owner.id, f.slug, theirs.id, { version: 2 });
    expect(byOwner.deletedAt).not.toBeNull();
    await expect(restoreAnnotation(f.annotator.id, f.slug, theirs.id, { version: 3 })).rejects.toMatchObject(refusal);
    expect((await restoreAnnotation(f.reviewer.id, f.slug, theirs.id, { version: 3 })).deletedAt).toBeNull();
  });

  it("only reviewers and owners may clear textChangedAfterVerdict", async () => {
    const f = await createAnnotationFixture();
    const claim = await createAnnotation(f.annotator.id, f.slug, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "police"),
      statusId: f.labels.trueStatus,
    });
    // As a text correction under a verdict would leave it.
    await db.annotation.update({ where: { id: claim.id }, data: { textChangedAfterVerdict: true } });
    await expect(updateAnnotation(f.annotator.id, f.slug, claim.id, { version: 1, textChangedAfterVerdict: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only reviewers and owners can confirm that a verdict still holds after the text changed.",
    });
    const cleared = await updateAnnotation(f.reviewer.id, f.slug, claim.id, { version: 1, textChangedAfterVerdict: false });
    expect(cleared).toMatchObject({ textChangedAfterVerdict: false, version: 2 });
  });

  it("in a blind project an annotator sees only their own annotations until their assignment is submitted", async () => {
    const f = await createAnnotationFixture();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const mine = await createAnnotation(f.annotator.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") });
    const reviewers = await createAnnotation(f.reviewer.id, f.slug, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Hafiz") });
    expect((await listAnnotations(f.annotator.id, f.slug, f.article.id)).map((a) => a.id)).toEqual([mine.id]);
    expect((await listAnnotations(f.reviewer.id, f.slug, f.article.id)).map((a) => a.id)).toEqual([reviewers.id, mine.id]);
    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.article.id, userId: f.annotator.id, status: "SUBMITTED" } });
    expect((await listAnnotations(f.annotator.id, f.slug, f.article.id)).map((a) => a.id)).toEqual([reviewers.id, mine.id]);
  });

  it("annotators edit the entities they added; reviewers edit any", async () => {
    const f = await createAnnotationFixture();
    const entity = await createEntity(f.reviewer.id, f.slug, { typeId: f.labels.person, name: "Added by reviewer" });
    await expect(updateEntity(f.annotator.id, f.slug, entity.id, { version: 1, name: "Renamed" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const own = await createEntity(f.annotator.id, f.slug, { typeId: f.labels.person, name: "Mine" });
    expect(await updateEntity(f.annotator.id, f.slug, own.id, { version: 1, name: "Still mine" })).toMatchObject({ name: "Still mine", version: 2 });
    expect(await updateEntity(f.reviewer.id, f.slug, own.id, { version: 2, name: "Reviewed" })).toMatchObject({ name: "Reviewed", version: 3 });
  });
});
