import { describe, expect, it } from "vitest";
import { parseLabelStudio } from "@/lib/import/annotations/parse-label-studio";
import type { ImportedDocument, ParsedItem } from "@/lib/import/annotations/types";
import { serializeLabelStudio } from "@/lib/export/serialize-label-studio";
import { fixtureOptions } from "@/tests/unit/export/fixtures/small-dataset";
import { exportedSpans, exportSmallDataset } from "./read-export";
import { readSharedFixture, sharedValidatorsPresent } from "./shared-fixture";

const docs = (items: ParsedItem[]): ImportedDocument[] => items.map((i) => ("parsed" in i ? i.parsed : expect.fail(i.error)));

describe.runIf(sharedValidatorsPresent)("parseLabelStudio on ../shared/validators/interop/label-studio", () => {
  it("reads the predictions example: 2 tasks, spans whose text matches", () => {
    const file = parseLabelStudio(readSharedFixture("interop/label-studio/docs-predictions.ner-preannotations.json"));
    const parsed = docs(file.items);
    expect(parsed).toHaveLength(2);
    for (const doc of parsed) {
      expect(doc.spans.length).toBeGreaterThan(0);
      for (const span of doc.spans) expect(Array.from(doc.article.text!).slice(span.start, span.end).join("")).toBe(span.exact);
    }
    expect(parsed[0]!.spans[0]).toMatchObject({ start: 29, end: 31, exact: "27", label: { namespace: null, value: "Date" } });
  });

  it("reads the editor examples (a task with annotations, a task with predictions)", () => {
    const [annotated] = docs(parseLabelStudio(readSharedFixture("interop/label-studio/editor-example.named_entity.annotation-1.json")).items);
    expect(annotated!.spans).toEqual([expect.objectContaining({ start: 343, end: 354, exact: "February 22", label: { namespace: null, value: "Date" } })]);
    const tasks = docs(parseLabelStudio(readSharedFixture("interop/label-studio/editor-example.named_entity.tasks.json")).items);
    expect(tasks.flatMap((d) => d.spans).length).toBeGreaterThan(0);
  });
});

describe("parseLabelStudio", () => {
  it("loads Claimdesk's own Label Studio export back: same spans, code points despite the emoji", async () => {
    const file = parseLabelStudio(await exportSmallDataset(serializeLabelStudio, fixtureOptions));
    const spans = docs(file.items).flatMap((d) => d.spans.map((s) => ({ articleId: d.article.id, id: s.sourceId, start: s.start, end: s.end })));
    const sort = <T extends { articleId?: string; id: string | null }>(list: T[]) => [...list].sort((a, b) => `${a.articleId}${a.id}`.localeCompare(`${b.articleId}${b.id}`));
    expect(sort(spans)).toEqual(sort(exportedSpans()));
    expect(docs(file.items)[0]!.spans.find((s) => s.sourceId === "m2")?.label).toEqual({ namespace: null, value: "person" });
  });

  it("converts Label Studio's UTF-16 offsets", () => {
    const task = { data: { text: "🎉🎉 Party in Paris" }, annotations: [{ result: [{ id: "r1", type: "labels", value: { start: 14, end: 19, text: "Paris", labels: ["LOC"] } }] }] };
    const [doc] = docs(parseLabelStudio(JSON.stringify([task])).items);
    expect(doc!.spans[0]).toMatchObject({ start: 12, end: 17 });
  });

  it("gives per-task errors", () => {
    const file = parseLabelStudio(JSON.stringify([{ nope: 1 }, { data: { text: "abc" }, annotations: [{ result: [{ type: "labels", value: { start: 0, end: 9, labels: ["X"] } }] }] }]));
    expect(file.items).toEqual([
      { item: "task 1", error: 'task 1: not a Label Studio task (no "data" object).' },
      { item: "task 2", error: expect.stringMatching(/^task 2, result 1: end \(9\) is past the end/) },
    ]);
    expect(parseLabelStudio("{oops").items).toEqual([{ item: "file", error: "The file is not valid JSON." }]);
  });
});
