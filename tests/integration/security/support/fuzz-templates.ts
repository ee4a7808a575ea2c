import type { FuzzFixture } from "./create-fuzz-fixture";

// A valid body per endpoint ("METHOD route"), which the fuzzer mutates a
// field or two at a time so requests get past the first check and reach
// deeper rules. Endpoints without one get bodies built from scratch.
export function fuzzTemplates(x: FuzzFixture): Record<string, unknown> {
  const jsonl = JSON.stringify({ title: "Imported", text: "An imported story about the council budget, long enough to be text." });
  return {
    "POST /api/projects": { name: "Fuzzed", slug: "fuzzed-project" },
    "POST /api/inbox/read": { ids: ["n1"] },
    "PATCH /api/projects/[slug]/annotations/[annotationId]/comments/[commentId]": { body: "Edited comment." },
    "DELETE /api/projects/[slug]/annotations/[annotationId]/comments/[commentId]": {},
    "POST /api/projects/[slug]/annotations/[annotationId]/comments": { body: "A reply.", parentId: null },
    "POST /api/projects/[slug]/annotations/[annotationId]/history/restore": { entryId: "1", version: 1 },
    "POST /api/projects/[slug]/annotations/[annotationId]/restore": { version: 1 },
    "POST /api/projects/[slug]/annotations/[annotationId]/reviews": { decision: "ACCEPT", version: 1, comment: "" },
    "PATCH /api/projects/[slug]/annotations/[annotationId]": {
      version: 1, note: "n", start: 2, end: 7, exact: "Hafiz", confidence: 0.5, checkWorthiness: 3,
      evidence: [{ url: "https://example.org/", title: "t", stance: "SUPPORTS", note: "" }],
    },
    "POST /api/projects/[slug]/articles/[articleId]/annotations": {
      kind: "CLAIM", revision: 1, start: 2, end: 7, exact: "Hafiz", prefix: "😀 ", suffix: " Saeed", claimTypeId: x.labels.factual,
      entities: [], evidence: [], note: "",
    },
    "POST /api/projects/[slug]/articles/[articleId]/assignments/mine": { action: "start" },
    "POST /api/projects/[slug]/articles/[articleId]/suggestions/dismissals": { revision: 1, kind: "ENTITY_MENTION", start: 2, end: 7 },
    "PUT /api/projects/[slug]/prediction-service": { url: null, modelName: null },
    "POST /api/projects/[slug]/articles/[articleId]/presence": { connectionId: "6f1c2a8e-3b9d-4c1e-9f2a-0b1c2d3e4f50", selectedAnnotationId: null },
    "POST /api/projects/[slug]/articles/[articleId]/revisions": { baseRevision: 1, text: `${x.text} Edited.`, note: "" },
    "POST /api/projects/[slug]/assignments/auto": { articleIds: [x.valid.articleId!], target: 1 },
    "PUT /api/projects/[slug]/assignments/required": { articleIds: [x.valid.articleId!], required: 2 },
    "POST /api/projects/[slug]/assignments": { articleIds: [x.valid.articleId!], userIds: [x.userIds.annotator] },
    "DELETE /api/projects/[slug]/assignments": { articleIds: [x.valid.articleId!], userIds: [x.userIds.annotator] },
    "PATCH /api/projects/[slug]/assignments/settings": { blindAnnotation: false, defaultAnnotatorsPerArticle: 2 },
    "PATCH /api/projects/[slug]/entities/[entityId]": { version: 1, name: "Hafiz M. Saeed", aliases: ["Saeed"], externalId: "Q42" },
    "POST /api/projects/[slug]/entities": { typeId: x.labels.person, name: "New Person", aliases: [], description: "", externalId: null },
    "POST /api/projects/[slug]/imports/annotations/commit": { files: [{ name: "a.jsonl", content: JSON.stringify({ text: x.text, label: [[2, 7, "person"]] }) }] },
    "POST /api/projects/[slug]/imports/annotations/preview": { files: [{ name: "a.jsonl", content: JSON.stringify({ text: x.text, label: [[2, 7, "person"]] }) }] },
    "POST /api/projects/[slug]/imports/articles/commit": { files: [{ name: "a.jsonl", content: jsonl }] },
    "POST /api/projects/[slug]/jobs/article-import": { files: [{ name: "a.jsonl", content: jsonl }] },
    "POST /api/projects/[slug]/jobs/export": { query: { format: "jsonl" } },
    "POST /api/projects/[slug]/imports/articles/preview": { files: [{ name: "a.txt", content: "A plain story long enough to import as text." }] },
  };
}
