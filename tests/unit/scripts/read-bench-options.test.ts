import { describe, expect, it } from "vitest";
import { readBenchOptions } from "@/scripts/bench/support/read-bench-options";

const defaults = { articles: 2000, server: "postgresql://a", keep: false };

describe("readBenchOptions", () => {
  it("gives each option its default, or what was typed, as the default's type", () => {
    expect(readBenchOptions(defaults, { args: [] })).toEqual({ articles: 2000, server: "postgresql://a", keep: false });
    expect(readBenchOptions(defaults, { args: ["--articles", "200", "--keep", "--server", "postgresql://b"] })).toEqual({ articles: 200, server: "postgresql://b", keep: true });
    expect(readBenchOptions(defaults, { args: ["--articles=0"] })).toEqual({ articles: 0, server: "postgresql://a", keep: false });
  });

  it("refuses a number that is not whole and at least 0, and an option it does not know", () => {
    expect(() => readBenchOptions(defaults, { args: ["--articles", "2k"] })).toThrow("--articles must be a whole number (0 or more), not “2k”.");
    expect(() => readBenchOptions(defaults, { args: ["--articles", "-1"] })).toThrow(/--articles/);
    expect(() => readBenchOptions(defaults, { args: ["--articles", "1.5"] })).toThrow(/--articles/);
    expect(() => readBenchOptions(defaults, { args: ["--artcles", "5"] })).toThrow(/artcles/);
    expect(() => readBenchOptions(defaults, { args: ["--articles", "0"], min: 1, usage: "npm run bench:x" })).toThrow("--articles must be a whole number (1 or more), not “0”.\nnpm run bench:x");
  });

  it("an option with no default is optional text", () => {
    expect(readBenchOptions({ json: undefined }, { args: [] })).toEqual({ json: undefined });
    expect(readBenchOptions({ json: undefined }, { args: ["--json", "out.json"] })).toEqual({ json: "out.json" });
  });
});
