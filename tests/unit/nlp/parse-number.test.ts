import { describe, expect, it } from "vitest";
import { parseNumber } from "@/lib/nlp/parse-number";

describe("parseNumber", () => {
  it.each([
    ["1,200", 1200, false],
    ["three", 3, false],
    ["twenty-five", 25, false],
    ["3.5 million", 3_500_000, false],
    ["two hundred and six", 206, false],
    ["around 30", 30, true],
    ["dozens", 24, true],
    ["hundreds", 200, true],
    ["12%", 12, false],
  ])("%s → %d (vague %s)", (text, value, vague) => {
    expect(parseNumber(text)).toEqual({ value, vague });
  });

  it("returns null without a number", () => {
    expect(parseNumber("the meeting")).toBeNull();
  });
});
