import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import { collect } from "./fixtures/collect";
import { fixtureOptions, formulaNote, smallDataset, t1, t2 } from "./fixtures/small-dataset";

type Span = { id: string; start: number; end: number; text: string; kind: string; labels: string[]; entity_id: string | null };
type Record = { id: string; text: string; spans: Span[]; claims: Array<{ id: string; start: number; end: number; text: string }> } & { [key: string]: unknown };

const pending = { state: "PENDING", gold: false, reviews: 0, last_decision: null, last_decided_at: null };

async function lines(options = fixtureOptions): Promise<string[]> {
  return collect(serializeJsonl(smallDataset(), options));
}

describe("serializeJsonl", () => {
  it("writes one line per article; art-2 exactly (the orphaned and old-revision mentions left out)", async () => {
    const [, second] = await lines();
    const expected = {
      id: "art-2",
      title: "BBC: staff live in London",
      outlet: "Paper Example",
      url: "https://paper.example/b2",
      author: null,
      published_at: "2024-03-01T08:00:00.000Z",
      language: "en",
      revision: 2,
      content_hash: "hash-2",
      text: t2,
      spans: [
        { id: "c3", start: 5, end: 32, text: "42% of staff live in London", kind: "claim", labels: [], entity_id: null, annotator: { id: "u-bob", name: "Bob Example" }, review: pending, origin: "human", suggestion_source: null, note: "" },
        { id: "m7", start: 34, end: 39, text: "Adams", kind: "entity_mention", labels: ["person"], entity_id: "ent-adams", annotator: { id: "u-alice", name: "Alice Example" }, review: pending, origin: "human", suggestion_source: null, note: "" },
      ],
      claims: [
        {
          id: "c3", start: 5, end: 32, text: "42% of staff live in London",
          claim_type: null, status: "unverified", rating: null, check_worthiness: null, confidence: null, text_changed_after_verdict: false,
          entities: [], evidence: [],
          cluster: { id: "cl1", relation: "SAME", title: "BBC staff in London", statement: "42% of BBC staff live in London." },
          annotator: { id: "u-bob", name: "Bob Example" }, review: pending, note: "",
          created_at: "2024-03-06T09:00:00.000Z", updated_at: "2024-03-06T09:00:00.000Z",
        },
      ],
      entities: [{ id: "ent-adams", type: "person", name: "Douglas Adams", aliases: ["D. Adams"], external_id: "Q42" }],
    };
    expect(second).toBe(`${JSON.stringify(expected)}\n`);
  });

  it("art-1: every span in document order with code-point offsets past the emoji, and the full claim c1", async () => {
    const record = JSON.parse((await lines())[0] as string) as Record;
    expect(record.spans.map((s) => [s.id, s.start, s.end, s.text, s.kind, s.labels, s.entity_id])).toEqual([
      ["m1", 2, 15, "Douglas Adams", "entity_mention", ["person"], "ent-adams"],
      ["c1", 2, 52, "Douglas Adams said 42% of BBC staff live in London", "claim", ["statistical"], null],
      ["m2", 10, 15, "Adams", "entity_mention", ["person"], "ent-adams"],
      ["m3", 28, 31, "BBC", "entity_mention", ["organization"], "ent-bbc"],
      ["m5", 28, 37, "BBC staff", "entity_mention", ["organization"], null],
      ["m6", 32, 42, "staff live", "entity_mention", ["other"], null],
      ["m4", 46, 52, "London", "entity_mention", ["location"], "ent-london"],
      ["c2", 46, 67, "London.\n\nHe was wrong", "claim", ["event"], null],
    ]);
    expect(record.claims[0]).toEqual({
      id: "c1", start: 2, end: 52, text: "Douglas Adams said 42% of BBC staff live in London",
      claim_type: "statistical", status: "false", rating: 1, check_worthiness: 4, confidence: 0.8, text_changed_after_verdict: false,
      entities: [
        { entity_id: "ent-adams", role: "CLAIMANT", mention_id: "m1" },
        { entity_id: "ent-bbc", role: "SUBJECT", mention_id: "m3" },
      ],
      evidence: [{ url: "https://stats.example/report", title: "Staff survey", stance: "REFUTES", note: "Table 3" }],
      cluster: { id: "cl1", relation: "SAME", title: "BBC staff in London", statement: "42% of BBC staff live in London." },
      annotator: { id: "u-alice", name: "Alice Example" },
      review: { state: "ACCEPTED", gold: false, reviews: 1, last_decision: "ACCEPT", last_decided_at: "2024-03-07T10:00:00.000Z" },
      note: formulaNote,
      created_at: "2024-03-06T09:00:00.000Z",
      updated_at: "2024-03-07T09:30:00.000Z",
    });
    expect(record.spans.find((s) => s.id === "m4")).toMatchObject({ review: { gold: true } });
    expect((record.entities as Array<{ id: string }>).map((e) => e.id)).toEqual(["ent-adams", "ent-bbc", "ent-london"]);
  });

  it("parses back: every span's and claim's text is text[start:end] in code points", async () => {
    for (const line of await lines()) {
      expect(line.endsWith("\n") && !line.slice(0, -1).includes("\n")).toBe(true);
      const record = JSON.parse(line) as Record;
      for (const span of [...record.spans, ...record.claims]) expect(span.text).toBe(sliceCodePoints(record.text, span.start, span.end));
    }
    expect(t1.indexOf("Douglas")).toBe(3); // UTF-16 index; the exported start is 2
  });

  it("leaves notes out entirely, and names out when pseudonymising", async () => {
    const all = (await lines({ ...fixtureOptions, includeNotes: false, pseudonymise: true })).join("");
    expect(all).not.toMatch(/"note"|HYPERLINK|Table 3|Alice|Bob|u-alice|u-bob/);
    expect(all).toContain('"annotator":{"id":"annotator-1","name":"annotator-1"}');
  });

  it("escapes U+2028, U+2029 and U+0085 so no line reader splits a record", async () => {
    const dataset = smallDataset();
    const [first] = dataset.articles as Array<{ title: string }>;
    (first as { title: string }).title = "a\u2028b\u2029c\u0085d";
    const [line] = await collect(serializeJsonl(dataset, fixtureOptions));
    expect(line).toContain('"title":"a\\u2028b\\u2029c\\u0085d"');
    expect((JSON.parse(line as string) as { title: string }).title).toBe("a\u2028b\u2029c\u0085d");
  });
});
