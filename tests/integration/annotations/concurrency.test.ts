import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { createEntity } from "@/lib/server/entity/create-entity";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { spanOf } from "./support/span-of";
import { assertStoredSpans } from "./support/assert-stored-spans";
import { withProjectAccess } from "@/tests/support/with-project-access";

afterAll(async () => {
  await assertStoredSpans();
});

function splitOutcomes<T>(results: PromiseSettledResult<T>[]) {
  const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  return { won, lost };
}

// With TEST_DATABASE_URL these run on separate connections at the same time;
// on the embedded database (one connection) they queue, which must give the
// same outcome.
describe("optimistic locking (real Postgres)", () => {
  it("of two edits made on the same version exactly one lands; the other gets CONFLICT with the winner's state", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "police"),
      evidence: [{ url: "https://a.example", stance: "SUPPORTS" }],
    }));
    const results = await Promise.allSettled([
      withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "from tab A", evidence: [] })),
      withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "from tab B", checkWorthiness: 5 })),
    ]);
    const { won, lost } = splitOutcomes(results);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const stored = await findAnnotationDTO(db, f.project.id, claim.id);
    expect(stored).toEqual(won[0]);
    expect(stored?.version).toBe(2);
    const error = lost[0];
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: "CONFLICT", status: 409, details: { current: stored } });

    // Only the winner left an audit row and an event.
    const audit = await db.auditLog.findMany({ where: { entityId: claim.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["annotation.create", "annotation.update"]);
    expect(audit[1]?.after).toEqual(stored);
    const events = await db.event.findMany({ where: { projectId: f.project.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["annotation.created", "annotation.updated"]);
    // The loser's evidence change did not half-apply.
    const live = await db.evidence.count({ where: { claimId: claim.id, deletedAt: null } });
    expect(live).toBe(stored?.evidence.length);
  });

  it("of five racing edits and a delete on one version, exactly one lands", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Hafiz") }));
    const attempts: Array<Promise<AnnotationDTO>> = [1, 2, 3, 4, 5].map((n) =>
      withProjectAccess(f.owner.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, ...spanOf(f.article.text, "Hafiz Saeed met".slice(0, 5 + n)) })),
    );
    attempts.push(withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, claim.id, { version: 1 })));
    const { won, lost } = splitOutcomes(await Promise.allSettled(attempts));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(5);
    const stored = await findAnnotationDTO(db, f.project.id, claim.id);
    expect(stored).toEqual(won[0]);
    for (const error of lost) expect(error).toMatchObject({ code: "CONFLICT", details: { current: stored } });
    expect(await db.auditLog.count({ where: { entityId: claim.id } })).toBe(2);
  });

  it("an edit on a version someone else has moved past is refused with the current state", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const newer = await withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "reviewer's" }));
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "stale" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "Someone else changed this annotation (it is now at version 2; you edited version 1). Your change was not saved: look at the current version and make it again.",
      details: { current: newer },
    });
    expect(await findAnnotationDTO(db, f.project.id, claim.id)).toEqual(newer);
  });

  it("entities: two edits of one version, one lands, the other gets CONFLICT with the stored entity", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Saeed" }));
    const { won, lost } = splitOutcomes(
      await Promise.allSettled([
        withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, aliases: ["Hafiz Saeed"] })),
        withProjectAccess(f.owner.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, externalId: "Q380540" })),
      ]),
    );
    expect(won).toHaveLength(1);
    expect(lost[0]).toMatchObject({ code: "CONFLICT", details: { current: won[0] } });
    expect(await db.auditLog.count({ where: { entityType: "Entity", entityId: entity.id } })).toBe(2);
  });
});
