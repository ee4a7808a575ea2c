import { describe, expect, it } from "vitest";
import { buildW3cContainer, buildW3cPage } from "@/lib/w3c/build-w3c-container";

const facts = { containerIri: "https://x.org/api/projects/p/w3c/annotations", label: "Desk", total: 250, modified: "2026-01-02T03:04:05.000Z" };
const c = facts.containerIri;

describe("buildW3cContainer", () => {
  it("minimal: a BasicContainer and AnnotationCollection with total and page IRIs for first and last, no items", () => {
    expect(buildW3cContainer(facts, { minimal: true, view: "descriptions", applied: true }, null)).toEqual({
      "@context": ["http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld"],
      id: c,
      type: ["BasicContainer", "AnnotationCollection"],
      label: "Desk",
      total: 250,
      modified: "2026-01-02T03:04:05.000Z",
      first: `${c}?page=0`,
      last: `${c}?page=2`,
    });
  });

  it("contained IRIs: the first page embedded with its IRI, next, and IRIs as items; last in the same view", () => {
    const container = buildW3cContainer(facts, { minimal: false, view: "iris", applied: true }, { items: [`${c}/a1`], startIndex: 0, prev: null, next: 1 });
    expect(container.first).toEqual({ id: `${c}?iris=1&page=0`, type: "AnnotationPage", startIndex: 0, next: `${c}?iris=1&page=1`, items: [`${c}/a1`] });
    expect(container.last).toBe(`${c}?iris=1&page=2`);
  });

  it("an empty container has no modified date and first = last", () => {
    const empty = buildW3cContainer({ ...facts, total: 0, modified: null }, { minimal: true, view: "descriptions", applied: false }, null);
    expect(empty).not.toHaveProperty("modified");
    expect(empty.first).toBe(empty.last);
  });
});

describe("buildW3cPage", () => {
  it("is partOf the container (with its total) and links prev and next", () => {
    expect(buildW3cPage(facts, "descriptions", 1, { items: [], startIndex: 100, prev: 0, next: 2 })).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${c}?page=1`,
      type: "AnnotationPage",
      partOf: { id: c, total: 250, modified: "2026-01-02T03:04:05.000Z" },
      startIndex: 100,
      prev: `${c}?page=0`,
      next: `${c}?page=2`,
      items: [],
    });
  });
});
