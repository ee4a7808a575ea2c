import { describe, expect, it } from "vitest";
import { createTfIdfModel } from "@/lib/metrics/tf-idf-sentence-similarity";

describe("TF-IDF sentence baseline", () => {
  it("computes cosine over tf·log(N/df), by hand", () => {
    const model = createTfIdfModel(["red apple", "green apple", "red car"]);
    // idf: red ln(3/2), apple ln(3/2), green ln 3, car ln 3.
    const r = Math.log(1.5);
    const g = Math.log(3);
    // query "red apple" vs "green apple": dot = r·r, norms √(2r²) and √(g² + r²).
    expect(model.similarity("red apple", 1)).toBeCloseTo((r * r) / (Math.sqrt(2 * r * r) * Math.sqrt(g * g + r * r)), 6);
    expect(model.similarity("red apple", 0)).toBeCloseTo(1, 6);
    expect(model.similarity("blue bike", 2)).toBe(0);
  });
});
