import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { createEntity } from "@/lib/server/entity/create-entity";
import { getEntityPage } from "@/lib/server/entity/get-entity-page";
import { mergeEntities } from "@/lib/server/entity/merge-entities";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("the entity page's data (real Postgres)", () => {
  it("lists mentions and claims with roles, clusters, a timeline and merges; blind annotation hides colleagues' work", async () => {
    const f = await createAnnotationFixture();
    const colleague = await createTestUser("Colleague");
    await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
    await db.article.update({ where: { id: f.article.id }, data: { publishedAt: new Date("2023-10-17T00:00:00Z") } });
    const saeed = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed", externalId: "Q380357" }));
    const mine = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed"), entityId: saeed.id }));
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "Hafiz Saeed met LeT leaders in Gujranwala on Monday"),
      entities: [
        { entityId: saeed.id, role: "SUBJECT", mentionId: mine.id },
        { entityId: saeed.id, role: "CLAIMANT", mentionId: null },
      ],
    }));
    const theirs = await withProjectAccess(colleague.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "The meeting lasted three hours"),
      entities: [{ entityId: saeed.id, role: "OTHER", mentionId: null }],
    }));
    const reviewer = await requireProjectAccess(f.reviewer.id, f.slug);
    const cluster = await createCluster(reviewer, { title: "The Gujranwala meeting", members: [{ annotationId: claim.id, stance: "SAME" }] });
    const dup = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "H. Saeed" }));
    const merge = await mergeEntities(reviewer, saeed.id, { sourceId: dup.id, sourceVersion: 1, targetVersion: 1 });

    const page = await getEntityPage(reviewer, saeed.id);
    expect(page.entity).toMatchObject({ name: "Hafiz Saeed", aliases: ["H. Saeed"], externalId: "Q380357" });
    expect(page.typeName).toBe("Person");
    expect(page.mentions.map((m) => [m.id, m.exact])).toEqual([[mine.id, "Hafiz Saeed"]]);
    expect(page.claims.map((c) => [c.id, [...c.roles].sort(), c.cluster?.id ?? null])).toEqual([
      [claim.id, ["CLAIMANT", "SUBJECT"], cluster.id],
      [theirs.id, ["OTHER"], null],
    ]);
    expect(page.clusters).toEqual([{ id: cluster.id, title: "The Gujranwala meeting", claims: 1 }]);
    // No date in the claims but "Monday": extract-dates finds none, so no entry (weekday names are not calendar dates).
    expect(page.timeline).toEqual([]);
    expect(page.merges).toMatchObject([{ mergeId: merge.mergeId, source: { id: dup.id, name: "H. Saeed" }, undoable: true, moved: { mentions: 0, claimLinks: 0 } }]);

    const merged = await getEntityPage(reviewer, dup.id);
    expect(merged).toMatchObject({ deleted: true, mergedInto: { id: saeed.id, name: "Hafiz Saeed" } });

    // Blind: the annotator sees their own claim only; the colleague's stays hidden.
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const blind = await getEntityPage(await requireProjectAccess(f.annotator.id, f.slug), saeed.id);
    expect(blind.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(blind.mentions.map((m) => m.id)).toEqual([mine.id]);
    await expect(getEntityPage(await requireProjectAccess(f.annotator.id, f.slug), "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
