import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { createEntity } from "@/lib/server/entity/create-entity";
import { loadExportArticles } from "@/lib/server/export/load-export-articles";
import { loadExportVocabulary } from "@/lib/server/export/load-export-vocabulary";
import type { ExportArticle } from "@/lib/export/types";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { createExportFixture } from "./support/create-export-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

const noFilters = {
  articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
  annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" as const,
};

describe("loadExportArticles", () => {
  it("loads each annotation exactly as the API shows it, plus reviews, cluster and pseudonym", async () => {
    const f = await createExportFixture();
    const saeed = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed", externalId: "Q380540" }));
    const police = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.organization, name: "Punjab Police" }));
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed met LeT leaders in Gujranwala"),
      claimTypeId: f.labels.factual, checkWorthiness: 3, confidence: 0.25,
      entities: [{ entityId: police.id, role: "SUBJECT", mentionId: null }, { entityId: saeed.id, role: "CLAIMANT", mentionId: f.ids.mention }],
      evidence: [
        { url: "https://b.example/2", title: "Second", stance: "REFUTES", note: "n2" },
        { url: "https://a.example/1", title: "First", stance: "SUPPORTS", note: "n1" },
      ],
    }));
    await db.review.createMany({
      data: [
        { annotationId: claim.id, reviewerId: f.reviewer.id, decision: "REQUEST_CHANGES", annotationVersion: 1, createdAt: new Date("2026-01-01T10:00:00Z") },
        { annotationId: claim.id, reviewerId: f.reviewer.id, decision: "ACCEPT", annotationVersion: 1, createdAt: new Date("2026-01-02T10:00:00Z") },
      ],
    });
    const cluster = await db.claimCluster.create({ data: { projectId: f.project.id, title: "Meeting", members: { create: [{ annotationId: claim.id, relation: "CORROBORATES" }, { annotationId: f.ids.astralClaim }] } } });
    const deadCluster = await db.claimCluster.create({ data: { projectId: f.project.id, title: "Gone", deletedAt: new Date(), members: { create: [{ annotationId: f.ids.oldClaim }] } } });

    const vocabulary = await loadExportVocabulary(db, f.project.id);
    const articles: ExportArticle[] = [];
    for await (const a of loadExportArticles(db, {
      scope: { projectId: f.project.id, filters: noFilters, blindAnnotatorId: null }, statusIds: null,
      authors: vocabulary.authors, liveClusters: new Set(vocabulary.clusters.map((c) => c.id)), batchSize: 1,
    })) articles.push(a);
    expect(articles.map((a) => a.id)).toEqual([f.article.id, f.astral.id, f.old.id].sort());

    for (const article of articles) {
      const api = await withProjectAccess(f.owner.id, f.slug, (access) => listAnnotations(access, article.id));
      const exported = [...article.annotations].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
      // Export rows also say whether a span began as an accepted suggestion (the API's DTO does not).
      expect(exported.map(({ author: _a, reviews: _r, cluster: _c, origin: _o, suggestionSource: _s, ...rest }) => rest)).toEqual(
        api.map(({ author: _a, deletedAt: _d, ...rest }) => rest).sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1)),
      );
    }
    const all = articles.flatMap((a) => a.annotations);
    const loaded = all.find((a) => a.id === claim.id)!;
    expect(loaded.entities.map((e) => e.role)).toEqual(["CLAIMANT", "SUBJECT"]);
    expect(loaded.evidence.map((e) => e.title)).toEqual(["Second", "First"]);
    expect(loaded.reviews).toEqual({ count: 2, lastDecision: "ACCEPT", lastDecidedAt: "2026-01-02T10:00:00.000Z" });
    expect(loaded.cluster).toEqual({ clusterId: cluster.id, relation: "CORROBORATES" });
    expect(all.find((a) => a.id === f.ids.astralClaim)!.cluster).toEqual({ clusterId: cluster.id, relation: "SAME" });
    // Membership of a deleted cluster is not exported.
    expect(all.find((a) => a.id === f.ids.oldClaim)!.cluster).toBeNull();
    expect(vocabulary.clusters.map((c) => c.id)).toEqual([cluster.id]);
    expect(vocabulary.clusters.map((c) => c.id)).not.toContain(deadCluster.id);
    expect(vocabulary.clusters[0]!.articles.map((a) => a.id).sort()).toEqual([f.article.id, f.astral.id].sort());
    // Pseudonyms number annotators by their first annotation in the project.
    expect([...vocabulary.authors.values()].map((a) => [a.id, a.pseudonym])).toEqual([
      [f.reviewer.id, "annotator-1"], [f.annotator.id, "annotator-2"], [f.owner.id, "annotator-3"],
    ]);
    expect(loaded.author).toEqual({ id: f.annotator.id, name: "Annotator", pseudonym: "annotator-2" });
  });
});
