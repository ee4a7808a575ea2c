import { describe, expect, it } from "vitest";
import { buildLabelStudioConfig } from "@/lib/export/build-label-studio-config";
import { serializeLabelStudio } from "@/lib/export/serialize-label-studio";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset, t2 } from "./fixtures/small-dataset";

type Task = { data: { text: string }; annotations: Array<{ ground_truth: boolean; result: Array<{ id: string; value: { start: number; end: number; text: string; labels: string[] } }> }> };

const region = (id: string, start: number, end: number, text: string, label: string) => ({
  id,
  from_name: "label",
  to_name: "text",
  type: "labels",
  value: { start, end, text, labels: [label] },
});

describe("serializeLabelStudio", () => {
  it("writes a JSON array of tasks, one per line; art-2 exactly, one annotation per annotator", async () => {
    const chunks = await collect(serializeLabelStudio(smallDataset(), fixtureOptions));
    expect(chunks[0]).toBe("[\n");
    expect(chunks.at(-1)).toBe("\n]\n");
    expect(chunks[2]).toBe(
      `,\n${JSON.stringify({
        data: { text: t2, article_id: "art-2", title: "BBC: staff live in London", outlet: "Paper Example", url: "https://paper.example/b2", claimdesk_offsets: "utf-16" },
        annotations: [
          { ground_truth: false, completed_by: { email: "u-alice@claimdesk.invalid", first_name: "Alice Example" }, result: [region("m7", 34, 39, "Adams", "person")] },
          { ground_truth: false, completed_by: { email: "u-bob@claimdesk.invalid", first_name: "Bob Example" }, result: [region("c3", 5, 32, "42% of staff live in London", "claim")] },
        ],
      })}`,
    );
  });

  it("art-1: the gold layer first (ground_truth), then Alice's and Bob's regions in document order", async () => {
    const [task] = JSON.parse((await collect(serializeLabelStudio(smallDataset(), fixtureOptions))).join("")) as Task[];
    expect(task?.annotations.map((a) => [a.ground_truth, a.result.map((r) => `${r.id}:${r.value.labels.join()}`)])).toEqual([
      [true, ["m4:location"]],
      [false, ["m1:person", "c1:claim-statistical", "m3:organization"]],
      [false, ["m2:person", "m5:organization", "m6:other", "c2:claim-event"]],
    ]);
  });

  it("parses back: data.text.slice(start, end) is value.text in UTF-16 units, for every region", async () => {
    for (const task of JSON.parse((await collect(serializeLabelStudio(smallDataset(), fixtureOptions))).join("")) as Task[]) {
      for (const { result } of task.annotations) {
        for (const { value } of result) expect(value.text).toBe(task.data.text.slice(value.start, value.end));
      }
    }
  });

  it("comes with a labeling config naming every label the export writes", () => {
    const config = buildLabelStudioConfig(smallDataset().labels);
    expect(config).toBe(
      [
        "<View>",
        '  <Labels name="label" toName="text">',
        '    <Label value="claim-event" hint="Event"/>',
        '    <Label value="claim-statistical" hint="Statistic"/>',
        '    <Label value="location" hint="Location"/>',
        '    <Label value="organization" hint="Organization"/>',
        '    <Label value="other" hint="Other"/>',
        '    <Label value="person" hint="Person"/>',
        '    <Label value="claim" hint="Claim"/>',
        '    <Label value="entity" hint="Entity"/>',
        "  </Labels>",
        '  <Text name="text" value="$text"/>',
        "</View>",
        "",
      ].join("\n"),
    );
    expect(buildLabelStudioConfig([{ id: "x", kind: "ENTITY_TYPE", key: "q", name: 'A "<&>" B', rating: null }])).toContain('hint="A &quot;&lt;&amp;&gt;&quot; B"');
  });
});
