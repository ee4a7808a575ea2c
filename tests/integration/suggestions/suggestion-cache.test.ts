import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviseArticleText } from "@/lib/server/article/revise-article-text";
import { createEntity } from "@/lib/server/entity/create-entity";
import { listSuggestions } from "@/lib/server/suggestion/list-suggestions";
import { indexSuggestionsJob } from "@/lib/jobs/handlers/index-suggestions-job";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

const empty = { registryMatches: [], named: [], claims: [] };

// The suggesters' findings are stored per article revision and registry:
// opening an article reads them; a new entity or a new revision is a
// different key, so stored findings are never shown for other inputs.
describe("suggestion candidate cache", () => {
  it("is filled by the index job, read on open, and missed after a registry change or a revision", async () => {
    const f = await createAnnotationFixture();
    const list = () => withProjectAccess(f.annotator.id, f.slug, (access) => listSuggestions(access, f.article.id));

    await indexSuggestionsJob({ articleIds: [f.article.id] });
    const rows = await db.suggestionCandidateCache.findMany({ where: { articleId: f.article.id } });
    expect(rows.map((r) => r.revision)).toEqual([1]);
    const computed = await list();
    expect(computed.suggestions.length).toBeGreaterThan(0);

    // Proof the open reads the stored row: emptied by hand, the open shows nothing.
    await db.suggestionCandidateCache.updateMany({ where: { articleId: f.article.id }, data: { candidates: empty } });
    expect((await list()).suggestions).toEqual([]);

    // A registry change is a new key: computed afresh, the entity found, and the old row replaced.
    await withProjectAccess(f.owner.id, f.slug, (access) => createEntity(access, { typeId: f.labels.location, name: "Gujranwala" }));
    const afterEntity = await list();
    expect(afterEntity.suggestions.some((s) => s.source === "registry" && s.exact === "Gujranwala")).toBe(true);
    const keys = await db.suggestionCandidateCache.findMany({ where: { articleId: f.article.id }, select: { inputsKey: true } });
    expect(keys).toHaveLength(1);
    expect(keys[0]!.inputsKey).not.toBe(rows[0]!.inputsKey);

    // A revision is a new key too (emptied rows of revision 1 are not reused).
    await db.suggestionCandidateCache.updateMany({ where: { articleId: f.article.id }, data: { candidates: empty } });
    const text = f.article.text.replace("Monday", "Tuesday");
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text, note: "" }));
    const revised = await list();
    expect(revised.revision).toBe(2);
    expect(revised.suggestions.length).toBeGreaterThan(0);
    expect((await db.suggestionCandidateCache.findMany({ where: { articleId: f.article.id } })).map((r) => r.revision)).toEqual([2]);
  });
});
