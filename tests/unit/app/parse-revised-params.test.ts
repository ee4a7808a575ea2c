import { describe, expect, it } from "vitest";
import { parseRevisedParams } from "@/app/(workspace)/projects/[slug]/articles/[articleId]/_components/parse-revised-params";
import { describeEntityUse } from "@/lib/server/entity/describe-entity-use";

describe("parseRevisedParams", () => {
  it("reads the revise form's redirect", () => {
    expect(parseRevisedParams({ revised: "2", orphaned: "0" })).toEqual({ revision: 2, orphaned: 0 });
    expect(parseRevisedParams({ revised: "14", orphaned: "3", other: "x" })).toEqual({ revision: 14, orphaned: 3 });
  });

  it("shows nothing for a missing, repeated or malformed value, or revision 1", () => {
    expect(parseRevisedParams({})).toBeNull();
    expect(parseRevisedParams({ revised: "2" })).toBeNull();
    expect(parseRevisedParams({ revised: "1", orphaned: "0" })).toBeNull();
    expect(parseRevisedParams({ revised: ["2", "3"], orphaned: "0" })).toBeNull();
    expect(parseRevisedParams({ revised: "2.5", orphaned: "0" })).toBeNull();
    expect(parseRevisedParams({ revised: "2", orphaned: "-1" })).toBeNull();
    expect(parseRevisedParams({ revised: "1e3", orphaned: "0" })).toBeNull();
    expect(parseRevisedParams({ revised: "9999999999", orphaned: "0" })).toBeNull();
  });
});

describe("describeEntityUse", () => {
  it("names mentions and claims with their counts", () => {
    expect(describeEntityUse(2, 1)).toBe("2 entity mentions and 1 claim");
    expect(describeEntityUse(1, 0)).toBe("1 entity mention");
    expect(describeEntityUse(0, 3)).toBe("3 claims");
    expect(describeEntityUse(0, 0)).toBe("");
  });
});
