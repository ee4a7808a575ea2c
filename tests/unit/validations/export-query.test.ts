import { describe, expect, it } from "vitest";
import { exportQuerySchema } from "@/lib/validations/export";

const parse = (query: Record<string, string>) => exportQuerySchema.safeParse(query);

describe("exportQuerySchema", () => {
  it("defaults to everything, notes included but never published, real names", () => {
    expect(parse({ format: "jsonl" }).data).toEqual({
      format: "jsonl",
      filters: {
        articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
        annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
      },
      includeNotes: true,
      publishNotes: false,
      pseudonymise: false,
    });
  });

  it("publishes notes in ClaimReview only when asked by name", () => {
    expect(parse({ format: "claimreview", publishNotes: "true" }).data?.publishNotes).toBe(true);
    expect(parse({ format: "claimreview", publishNotes: "maybe" }).success).toBe(false);
  });

  it("normalises lists (trimmed, deduplicated, sorted), kinds and flags", () => {
    const result = parse({
      format: "csv", articles: " b, a,b,,", annotators: "u2,u1", kinds: "mention,claim", statuses: "true,false",
      review: "gold", notes: "0", pseudonymise: "yes",
    });
    expect(result.data).toMatchObject({
      filters: { articleIds: ["a", "b"], annotatorIds: ["u1", "u2"], kinds: ["CLAIM", "ENTITY_MENTION"], statusKeys: ["false", "true"], reviewState: "gold" },
      includeNotes: false,
      pseudonymise: true,
    });
  });

  it("reads a day as its start, and a day as upper bound as the next midnight (the day included)", () => {
    const result = parse({ format: "jsonl", publishedFrom: "2024-02-28", publishedTo: "2024-02-29", updatedFrom: "2024-03-01T10:30:00+02:00", updatedTo: "2024-12-31" });
    expect(result.data?.filters).toMatchObject({
      publishedFrom: "2024-02-28T00:00:00.000Z",
      publishedTo: "2024-03-01T00:00:00.000Z",
      updatedFrom: "2024-03-01T08:30:00.000Z",
      updatedTo: "2025-01-01T00:00:00.000Z",
    });
  });

  it("names what is wrong", () => {
    const message = (query: Record<string, string>) => parse(query).error?.issues[0]?.message;
    expect(message({ format: "xml" })).toMatch(/^format must be one of: jsonl, clusters, csv, csv-excel, w3c/);
    expect(message({ format: "jsonl", publishedFrom: "2024-13-45" })).toBe("publishedFrom must be a date (YYYY-MM-DD) or an ISO 8601 time.");
    expect(message({ format: "jsonl", updatedTo: "yesterday" })).toBe("updatedTo must be a date (YYYY-MM-DD) or an ISO 8601 time.");
    expect(message({ format: "jsonl", kinds: "claim,relation" })).toBe("kinds may be claim and/or mention.");
    expect(message({ format: "jsonl", review: "some" })).toBe("review must be all, accepted or gold.");
    expect(message({ format: "jsonl", notes: "maybe" })).toBe("notes must be true or false.");
    expect(message({ format: "jsonl", publishedFrom: "2024-03-02", publishedTo: "2024-03-01" })).toBe("publishedFrom must be before publishedTo.");
    expect(message({ format: "jsonl", articles: Array.from({ length: 1001 }, (_, i) => `a${i}`).join(",") })).toBe("articles may list at most 1000 values.");
  });
});
