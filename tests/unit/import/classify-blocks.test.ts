import { describe, expect, it } from "vitest";
import { classifyBlocks } from "@/lib/import/classify-blocks";
import type { RawBlock } from "@/lib/import/types";

const prose = (n: number) =>
  `Paragraph ${n} says that the officials met in the city on Tuesday and that they would meet again in the spring.`;
const paragraphs = (...texts: string[]): RawBlock[] => texts.map((text) => ({ text, kind: "paragraph" }));
const rules = (raw: RawBlock[]) => classifyBlocks(raw, { english: true }).blocks.map((b) => [b.rule, b.kept]);

describe("classifyBlocks", () => {
  it("makes a short line between paragraphs a section heading", () => {
    expect(rules(paragraphs(prose(1), "What happened next", prose(2)))).toEqual([
      ["content", true], ["heading", true], ["content", true],
    ]);
  });

  it("keeps a short sentence between paragraphs, but not before or after the text", () => {
    expect(rules(paragraphs("New Delhi", prose(1), "He denied it.", prose(2), "Lagos bureau"))).toEqual([
      ["outside-content", false], ["content", true], ["inside-content", true], ["content", true], ["outside-content", false],
    ]);
  });

  it("looks past removed blocks for neighbours, so an ad marker does not cut the text", () => {
    expect(rules(paragraphs(prose(1), "ADVERTISEMENT BELOW", "Conclusion", prose(2)))).toEqual([
      ["content", true], ["boilerplate", false], ["heading", true], ["content", true],
    ]);
  });

  it("takes the first headline-like line before the prose as the title, after chrome", () => {
    const result = classifyBlocks(paragraphs("Buy now", "Port Terminal Opens After Delays", prose(1)), { english: true });
    expect(result.headlineIndex).toBe(1);
    expect(result.blocks[1]).toMatchObject({ rule: "title", kind: "heading", level: 1, kept: false });
  });

  it("finds no title when the text opens with a paragraph", () => {
    expect(classifyBlocks(paragraphs(prose(1), "Short Line Here Now", prose(2)), { english: true }).headlineIndex).toBe(-1);
  });

  it("uses a known title from metadata, and removes later copies as duplicates", () => {
    const result = classifyBlocks(paragraphs("Terminal opens", prose(1), "terminal  OPENS", prose(2)), {
      english: true,
      knownTitles: ["Terminal opens"],
    });
    expect(result.blocks.map((b) => b.rule)).toEqual(["title", "content", "duplicate", "content"]);
  });

  it("keeps verdicts reached while splitting", () => {
    const raw: RawBlock[] = [
      { text: prose(1), kind: "paragraph", preset: { rule: "not-main-content", reason: "Outside main" } },
      { text: prose(2), kind: "paragraph" },
    ];
    expect(classifyBlocks(raw, { english: true }).blocks[0]).toMatchObject({ rule: "not-main-content", reason: "Outside main", kept: false });
  });

  it("keeps marked-up headings that lead into content, drops trailing ones", () => {
    const raw: RawBlock[] = [
      { text: "Background", kind: "heading", level: 3 },
      { text: prose(1), kind: "paragraph" },
      { text: "Elsewhere today", kind: "heading", level: 3 },
    ];
    expect(classifyBlocks(raw, { english: true }).blocks.map((b) => [b.rule, b.level])).toEqual([
      ["heading", 3], ["content", undefined], ["outside-content", 3],
    ]);
  });

  it("removes an end bio and reports the author", () => {
    const result = classifyBlocks(paragraphs(prose(1), prose(2), "Jane Doe is a senior correspondent at Example News."), { english: true });
    expect(result.author).toBe("Jane Doe");
    expect(result.blocks[2]).toMatchObject({ rule: "byline", kept: false });
  });
});
