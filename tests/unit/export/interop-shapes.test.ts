import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serializeDoccano } from "@/lib/export/serialize-doccano";
import { serializeDoccanoRelations } from "@/lib/export/serialize-doccano-relations";
import { serializeLabelStudio } from "@/lib/export/serialize-label-studio";
import { collect } from "./fixtures/collect";
import { keyPaths } from "./fixtures/key-paths";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";
import { validatorPath } from "./fixtures/validators-dir";

const interop = validatorPath("interop");
const read = (...parts: string[]) => readFileSync(join(interop.path, ...parts), "utf8");
const jsonLines = (text: string) => text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Record<string, unknown>);

type LsTask = { data: Record<string, unknown>; annotations?: Array<{ result: unknown[] }>; predictions?: Array<{ result: unknown[] }> };

describe.runIf(!interop.present)("Label Studio and doccano output against the interop examples", () => {
  it("are absent: nothing to check", () => {
    console.warn(`validators absent: ${interop.path} not found; interop shape checks not run`);
    expect(interop.present).toBe(false);
  });
});

describe.skipIf(!interop.present)("Label Studio and doccano output against the interop examples", () => {
  it("Label Studio: our span regions have exactly the structure of Label Studio's own (optional score and source aside)", async () => {
    const docs = JSON.parse(read("label-studio", "docs-predictions.ner-preannotations.json")) as LsTask[];
    const editor = JSON.parse(read("label-studio", "editor-example.named_entity.annotation-1.json")) as LsTask;
    const theirs = [...docs.flatMap((t) => t.predictions ?? []), ...(editor.annotations ?? [])].flatMap((a) => a.result);
    const ours = (JSON.parse((await collect(serializeLabelStudio(smallDataset(), fixtureOptions))).join("")) as LsTask[]).flatMap((t) =>
      (t.annotations ?? []).flatMap((a) => a.result),
    );
    const optional = /^(value\.score|source): /;
    const theirPaths = [...new Set(theirs.flatMap((r) => keyPaths(r)))].filter((p) => !optional.test(p)).sort();
    expect(theirPaths).toEqual(["from_name: string", "id: string", "to_name: string", "type: string", "value.end: number", "value.labels: array", "value.labels[]: string", "value.start: number", "value.text: string", "value: object", ": object"].sort());
    for (const region of ours) expect(keyPaths(region)).toEqual(theirPaths);
    // The same control names as the docs' labeling config, and the same invariant their files hold.
    const config = read("label-studio", "docs-predictions.ner-labeling-config.xml");
    expect(config).toContain('<Labels name="label" toName="text">');
    expect(config).toContain('<Text name="text" value="$text">');
    expect(new Set(ours.map((r) => `${(r as { from_name: string }).from_name}>${(r as { to_name: string }).to_name}`))).toEqual(new Set(["label>text"]));
  });

  it("Label Studio: tasks have the example's task shape (data.text, a list of annotations each with a result list)", async () => {
    const editor = JSON.parse(read("label-studio", "editor-example.named_entity.annotation-1.json")) as LsTask;
    const ours = JSON.parse((await collect(serializeLabelStudio(smallDataset(), fixtureOptions))).join("")) as LsTask[];
    const top = (task: LsTask) => keyPaths(task).filter((p) => /^(data\.text|annotations|annotations\[\]|annotations\[\]\.result): /.test(p));
    for (const task of ours) expect(top(task)).toEqual(top(editor));
    for (const task of [editor, ...ours]) {
      for (const { result } of task.annotations ?? []) {
        for (const { value } of result as Array<{ value: { start: number; end: number; text: string } }>) {
          // UTF-16 units, the editor's JavaScript string indices (the examples are ASCII, where both units agree).
          expect(value.text).toBe((task.data.text as string).slice(value.start, value.end));
        }
      }
    }
  });

  it("doccano: our lines have the sequence-labelling export's structure and pass its import rules", async () => {
    const theirs = jsonLines(read("doccano", "export.sequence_labeling.example.jsonl"));
    const ours = jsonLines((await collect(serializeDoccano(smallDataset(), fixtureOptions))).join(""));
    const core = (row: Record<string, unknown>) => keyPaths({ text: row.text, label: row.label });
    for (const row of theirs) expect(core(row)).toEqual(["label: array", "label[]: array", "label[][]: number", "label[][]: string", "text: string", ": object"].sort());
    for (const row of ours) {
      expect(core(row)).toEqual(core(theirs[0] as Record<string, unknown>));
      // Import rules (format-notes.json): non-negative integers, start < end, a non-empty label, inside the text.
      for (const [start, end, label] of row.label as Array<[number, number, string]>) {
        expect(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end).toBe(true);
        expect(label).not.toBe("");
        expect(end).toBeLessThanOrEqual([...(row.text as string)].length);
      }
    }
  });

  it("doccano: the relation variant has the structure of doccano's relation-extraction example", async () => {
    const theirs = JSON.parse(read("doccano", "export.relation_extraction.example.pretty.json")) as Record<string, unknown>;
    const ours = jsonLines((await collect(serializeDoccanoRelations(smallDataset(), fixtureOptions))).join(""));
    const core = (row: Record<string, unknown>) => keyPaths({ text: row.text, entities: row.entities, relations: row.relations });
    expect(core(ours[0] as Record<string, unknown>)).toEqual(core(theirs));
  });
});
