import { describe, expect, it } from "vitest";
import { planSearchKinds } from "@/lib/search/plan-search";
import { searchParamsToInput, searchQuerySchema } from "@/lib/validations/search";

describe("planSearchKinds", () => {
  it("searches every kind when none is asked for and no filter is set", () => {
    expect(planSearchKinds({ kinds: [] })).toEqual(["article", "claim", "note", "entity", "evidence", "comment"]);
  });

  it("keeps only the kinds asked for, in a fixed order", () => {
    expect(planSearchKinds({ kinds: ["comment", "article"] })).toEqual(["article", "comment"]);
  });

  it("drops kinds a set filter cannot apply to", () => {
    expect(planSearchKinds({ kinds: [], status: "false" })).toEqual(["claim", "evidence", "comment"]);
    expect(planSearchKinds({ kinds: [], reviewState: "ACCEPTED" })).toEqual(["claim", "note", "evidence", "comment"]);
    expect(planSearchKinds({ kinds: [], outlet: "Dawn" })).toEqual(["article", "claim", "note", "evidence", "comment"]);
    expect(planSearchKinds({ kinds: [], from: "2026-01-01", annotator: "u1" })).toEqual(["claim", "note", "evidence", "comment"]);
    expect(planSearchKinds({ kinds: ["entity"], to: "2026-01-01" })).toEqual([]);
    expect(planSearchKinds({ kinds: ["article", "note"], status: "true" })).toEqual([]);
  });
});

describe("search query schema", () => {
  const parse = (query: string) => searchQuerySchema.safeParse(searchParamsToInput(new URLSearchParams(query)));

  it("reads repeated and comma-separated kinds, trims q, treats empty values as unset", () => {
    const parsed = parse("q=%20bridge%20&kind=article,claim&kind=note&outlet=&limit=5");
    expect(parsed.success && parsed.data).toEqual({ q: "bridge", kinds: ["article", "claim", "note"], limit: 5 });
  });

  it("treats a missing q as the empty search", () => {
    const parsed = parse("");
    expect(parsed.success && parsed.data).toEqual({ q: "", kinds: [] });
  });

  it("refuses control characters, unknown kinds, bad dates and out-of-range limits", () => {
    for (const query of ["q=a%00", "q=a&kind=articles", "q=a&from=2026-13-01", "q=a&limit=51", "q=a&limit=0", "q=a&reviewState=pending", `q=${"x".repeat(201)}`]) {
      expect(parse(query).success, query).toBe(false);
    }
  });
});
