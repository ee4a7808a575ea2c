import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { mergeSuggestions } from "@/lib/suggestions/merge-suggestions";

// "😀 " is 3 UTF-16 units but 2 code points: every suggestion must come out in code points.
const text = "😀 Hamas met Naji Zaheer.";
const index = createCodePointIndex(text);
const registry = [{ entityId: "zaheer", entityType: "person", names: ["Naji Zaheer"] }];
const base = {
  index,
  registry,
  registryMatches: [{ from: 13, to: 24, entityId: "zaheer", entityType: "person", name: "Naji Zaheer" }],
  named: [
    { from: 3, to: 8, entityType: null, source: "wink-nlp" as const },
    { from: 3, to: 8, entityType: "organization" as const, source: "compromise" as const },
    { from: 18, to: 24, entityType: "person" as const, source: "compromise" as const },
  ],
  claims: [],
  model: null,
  existing: [],
  dismissed: new Set<string>(),
};

describe("mergeSuggestions", () => {
  it("converts to code points, keeps registry names over tagged ones and one tagged span per name", () => {
    const out = mergeSuggestions(base).map((s) => [s.key, s.exact, s.source, s.entityId, s.entityType]);
    expect(out).toEqual([
      ["ENTITY_MENTION:2:7", "Hamas", "wink-nlp", null, "organization"],
      ["ENTITY_MENTION:12:23", "Naji Zaheer", "registry", "zaheer", "person"],
    ]);
  });

  it("leaves out dismissed suggestions and spans the person already annotated", () => {
    const out = mergeSuggestions({ ...base, dismissed: new Set(["ENTITY_MENTION:2:7"]), existing: [{ kind: "ENTITY_MENTION", start: 14, end: 18 }] });
    expect(out).toEqual([]);
  });

  it("takes a model's spans over the taggers', links its entity by name, and maps spaCy labels", () => {
    const out = mergeSuggestions({
      ...base,
      registryMatches: [],
      model: { name: "my-spacy", spans: [{ start: 12, end: 23, label: "PERSON", score: 0.8, entityId: null }, { start: 2, end: 7, label: "ORG", score: 0.9, entityId: null }] },
    });
    expect(out.map((s) => [s.exact, s.source, s.entityId, s.entityType, s.reason])).toEqual([
      ["Hamas", "my-spacy", null, "organization", "my-spacy: ORG 0.90"],
      ["Naji Zaheer", "my-spacy", "zaheer", "person", "my-spacy: PERSON 0.80"],
    ]);
  });

  it("ignores model spans outside the text", () => {
    const out = mergeSuggestions({ ...base, registryMatches: [], named: [], model: { name: "m", spans: [{ start: 20, end: 99, label: "PERSON", score: 1, entityId: null }] } });
    expect(out).toEqual([]);
  });
});
