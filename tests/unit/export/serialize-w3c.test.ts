import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { serializeW3c } from "@/lib/export/serialize-w3c";
import { collect } from "./fixtures/collect";
import { fixtureOptions, formulaNote, smallDataset, t1, t2 } from "./fixtures/small-dataset";

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
type Item = { id: string; motivation: string; body?: unknown[]; target: { source: string; selector: Selector[] } };

const base = "https://claimdesk.example.org/projects/demo";
// Annotation, article and container IRIs are the protocol server's (docs/w3c-protocol.md), so they resolve.
const server = "https://claimdesk.example.org/api/projects/demo/w3c";

describe("serializeW3c", () => {
  it("opens an AnnotationCollection (the protocol container) with one embedded page partOf it, one annotation per line, and closes it with total and last", async () => {
    const chunks = await collect(serializeW3c(smallDataset(), fixtureOptions));
    expect(chunks[0]).toBe(
      '{"@context":"http://www.w3.org/ns/anno.jsonld","id":"https://claimdesk.example.org/api/projects/demo/w3c/annotations",' +
        '"type":"AnnotationCollection","label":"Demo desk",' +
        '"generator":{"id":"https://claimdesk.example.org/","type":"Software","name":"Claimdesk"},' +
        '"first":{"type":"AnnotationPage","partOf":"https://claimdesk.example.org/api/projects/demo/w3c/annotations","startIndex":0,"items":[\n',
    );
    // Dated last, by the latest `modified` of its annotations (c1's), not by options.generatedAt.
    // 10 annotations fit on the container's page 0, so that is its last page too.
    expect(chunks.at(-1)).toBe(
      '\n]},"total":10,"last":"https://claimdesk.example.org/api/projects/demo/w3c/annotations?page=0","generated":"2024-03-07T09:30:00.000Z"}\n',
    );
    expect(chunks).toHaveLength(12); // head, 10 annotations, tail
    const items = (JSON.parse(chunks.join("")) as { first: { items: Item[] } }).first.items;
    expect(items.map((i) => [i.id.slice(server.length), i.motivation])).toEqual([
      ["/annotations/m1", "identifying"],
      ["/annotations/c1", "assessing"],
      ["/annotations/m2", "identifying"],
      ["/annotations/m3", "identifying"],
      ["/annotations/m5", "tagging"],
      ["/annotations/m6", "tagging"],
      ["/annotations/m4", "identifying"],
      ["/annotations/c2", "assessing"],
      ["/annotations/c3", "assessing"],
      ["/annotations/m7", "identifying"],
    ]);
  });

  it("writes the claim c1 exactly: tags, verdict, linked entities (Wikidata IRI for a QID), note, creator, dates, both selectors", async () => {
    const items = (JSON.parse((await collect(serializeW3c(smallDataset(), fixtureOptions))).join("")) as { first: { items: Item[] } }).first.items;
    expect(items[1]).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${server}/annotations/c1`,
      type: "Annotation",
      motivation: "assessing",
      creator: { id: `${server}/annotators/u-alice`, type: "Person", name: "Alice Example" },
      created: "2024-03-06T09:00:00.000Z",
      modified: "2024-03-07T09:30:00.000Z",
      body: [
        { type: "TextualBody", value: "statistical", purpose: "tagging" },
        { type: "TextualBody", value: "false", purpose: "assessing" },
        { type: "SpecificResource", source: "http://www.wikidata.org/entity/Q42", purpose: "linking" },
        { type: "SpecificResource", source: `${server}/entities/ent-bbc`, purpose: "linking" },
        // Its cluster and its stance toward the cluster's statement.
        { type: "SpecificResource", source: `${base}/clusters/cl1`, purpose: "classifying" },
        { type: "TextualBody", value: "SAME", purpose: "classifying" },
        { type: "TextualBody", value: formulaNote, format: "text/plain", purpose: "commenting" },
      ],
      target: {
        type: "SpecificResource",
        source: `${server}/articles/art-1/revisions/1`,
        selector: [
          { type: "TextQuoteSelector", exact: "Douglas Adams said 42% of BBC staff live in London", prefix: "😀 ", suffix: ".\n\nHe was wrong." },
          { type: "TextPositionSelector", start: 2, end: 52 },
        ],
      },
    });
    // A mention: its entity identifies it.
    expect(items[0]?.body).toEqual([
      { type: "TextualBody", value: "person", purpose: "tagging" },
      { type: "SpecificResource", source: "http://www.wikidata.org/entity/Q42", purpose: "identifying" },
      { type: "TextualBody", value: 'Author of "Hitchhiker\'s"\nsecond line', format: "text/plain", purpose: "commenting" },
    ]);
  });

  it("selectors agree with the text: exact is text[start:end], prefix and suffix are the 32 code points around it", async () => {
    const items = (JSON.parse((await collect(serializeW3c(smallDataset(), fixtureOptions))).join("")) as { first: { items: Item[] } }).first.items;
    for (const item of items) {
      const text = item.target.source.includes("/art-1/") ? t1 : t2;
      const [quote, position] = item.target.selector as [Selector, Selector];
      const start = position.start as number;
      const end = position.end as number;
      expect(quote.exact).toBe(sliceCodePoints(text, start, end));
      expect(quote.prefix).toBe(sliceCodePoints(text, Math.max(0, start - 32), start));
      expect(quote.suffix).toBe(sliceCodePoints(text, end, Math.min([...text].length, end + 32)));
    }
  });

  it("writes one body per linked entity, even when it plays two roles", async () => {
    const dataset = smallDataset();
    const [article] = dataset.articles as Array<{ annotations: Array<{ id: string; entities: unknown[] }> }>;
    const c1 = article?.annotations.find((a) => a.id === "c1");
    if (c1) c1.entities = [{ entityId: "ent-adams", role: "CLAIMANT", mentionId: "m1" }, { entityId: "ent-adams", role: "SUBJECT", mentionId: null }];
    const items = (JSON.parse((await collect(serializeW3c(dataset, fixtureOptions))).join("")) as { first: { items: Item[] } }).first.items;
    expect(items[1]?.body?.filter((b) => (b as { purpose: string }).purpose === "linking")).toEqual([
      { type: "SpecificResource", source: "http://www.wikidata.org/entity/Q42", purpose: "linking" },
    ]);
  });

  it("writes an empty collection for no articles", async () => {
    const chunks = await collect(serializeW3c({ ...smallDataset(), articles: [] }, fixtureOptions));
    expect(JSON.parse(chunks.join(""))).toMatchObject({
      type: "AnnotationCollection",
      total: 0,
      last: `${server}/annotations?page=0`,
      first: { type: "AnnotationPage", partOf: `${server}/annotations`, startIndex: 0, items: [] },
    });
  });

  it("names a pseudonymised creator by pseudonym only and leaves notes out when asked", async () => {
    const payload = (await collect(serializeW3c(smallDataset(), { ...fixtureOptions, includeNotes: false, pseudonymise: true }))).join("");
    expect(payload).not.toMatch(/Alice|Bob|u-alice|u-bob|commenting|HYPERLINK/);
    expect(payload).toContain(`"creator":{"id":"${server}/annotators/annotator-1","type":"Person","name":"annotator-1"}`);
  });
});
