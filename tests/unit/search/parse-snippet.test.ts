import { describe, expect, it } from "vitest";
import { parseSnippet } from "@/lib/search/parse-snippet";

describe("parseSnippet", () => {
  it("splits ts_headline's sentinel marks into plain and hit runs", () => {
    expect(parseSnippet("Police \u0002searched\u0003 the \u0002bridge\u0003.")).toEqual([
      { text: "Police ", hit: false },
      { text: "searched", hit: true },
      { text: " the ", hit: false },
      { text: "bridge", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("keeps markup-looking user text as text, never as HTML", () => {
    expect(parseSnippet("<img src=x onerror=alert(1)> \u0002<b>\u0003")).toEqual([
      { text: "<img src=x onerror=alert(1)> ", hit: false },
      { text: "<b>", hit: true },
    ]);
  });

  it("merges adjacent hits and drops empty runs", () => {
    expect(parseSnippet("\u0002Hafiz\u0003\u0002 Saeed\u0003")).toEqual([{ text: "Hafiz Saeed", hit: true }]);
    expect(parseSnippet("")).toEqual([]);
    expect(parseSnippet("\u0002\u0003")).toEqual([]);
  });

  it("loses no text on unbalanced marks: a stray stop ends nothing, a stray start runs to the end", () => {
    expect(parseSnippet("a\u0003b")).toEqual([{ text: "ab", hit: false }]);
    expect(parseSnippet("a\u0002b c")).toEqual([
      { text: "a", hit: false },
      { text: "b c", hit: true },
    ]);
  });

  it("counts astral characters whole", () => {
    expect(parseSnippet("𝒜\u0002𝒝\u0003")).toEqual([
      { text: "𝒜", hit: false },
      { text: "𝒝", hit: true },
    ]);
  });
});
