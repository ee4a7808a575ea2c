import { describe, expect, it } from "vitest";
import { snapRangeToWords } from "@/lib/tiptap/article-selection/utils/snap-range-to-words";
import { wordRangeAt } from "@/lib/tiptap/article-selection/utils/word-range-at";
import { sentenceRangeAt } from "@/lib/tiptap/article-selection/utils/sentence-range-at";
import { lineBounds } from "@/lib/tiptap/article-selection/utils/line-bounds";

const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe("snapRangeToWords", () => {
  const text = "The Prime Minister said 3.5 million people 😀 left.\n\nNext paragraph here.";

  it("widens a selection that cuts words to whole words", () => {
    const start = text.indexOf("rime");
    const end = text.indexOf("ster") + 2;
    expect(slice(text, snapRangeToWords(text, start, end, "en"))).toBe("Prime Minister");
  });

  it("trims white space at either end", () => {
    const start = text.indexOf(" Prime");
    expect(slice(text, snapRangeToWords(text, start, start + 7, "en"))).toBe("Prime");
  });

  it("keeps whole numbers and punctuation the person selected", () => {
    const start = text.indexOf(".5");
    expect(slice(text, snapRangeToWords(text, start, start + 5, "en"))).toBe("3.5 million");
    const left = text.indexOf("left.");
    expect(slice(text, snapRangeToWords(text, left + 1, left + 5, "en"))).toBe("left.");
  });

  it("never splits an emoji (a surrogate pair)", () => {
    const at = text.indexOf("😀");
    expect(slice(text, snapRangeToWords(text, at - 2, at + 2, "en"))).toBe("people 😀");
  });

  it("works across paragraphs: the span includes the separator", () => {
    const start = text.indexOf("eft");
    const end = text.indexOf("Next") + 2;
    expect(slice(text, snapRangeToWords(text, start, end, "en"))).toBe("left.\n\nNext");
  });

  it("returns null for blanks and empty ranges", () => {
    const gap = text.indexOf("\n\n");
    expect(snapRangeToWords(text, gap, gap + 2, "en")).toBeNull();
    expect(snapRangeToWords(text, 4, 4, "en")).toBeNull();
  });

  it("is idempotent", () => {
    const once = snapRangeToWords(text, 5, 16, "en")!;
    expect(snapRangeToWords(text, once.start, once.end, "en")).toEqual(once);
  });
});

describe("wordRangeAt", () => {
  const text = "Zaheer’s visit, in Gujranwala.\nSecond line";

  it("selects the word under a double-click, including an apostrophe", () => {
    expect(slice(text, wordRangeAt(text, 2, "en"))).toBe("Zaheer’s");
    expect(slice(text, wordRangeAt(text, text.indexOf("Gujranwala") + 4, "en"))).toBe("Gujranwala");
  });

  it("selects punctuation by itself and nothing on white space", () => {
    expect(slice(text, wordRangeAt(text, text.indexOf(","), "en"))).toBe(",");
    expect(wordRangeAt(text, text.indexOf(" "), "en")).toBeNull();
    expect(wordRangeAt(text, text.indexOf("\n"), "en")).toBeNull();
  });

  it("stays on its own line", () => {
    expect(slice(text, wordRangeAt(text, text.indexOf("Second"), "en"))).toBe("Second");
  });
});

describe("sentenceRangeAt", () => {
  const paragraph = "Hamas leaders met LeT in Gujranwala. Officials denied it! Was it true? Nobody knows";

  it("selects the sentence under a triple-click, without trailing space", () => {
    expect(slice(paragraph, sentenceRangeAt(paragraph, 3, "en"))).toBe("Hamas leaders met LeT in Gujranwala.");
    expect(slice(paragraph, sentenceRangeAt(paragraph, paragraph.indexOf("denied"), "en"))).toBe("Officials denied it!");
    expect(slice(paragraph, sentenceRangeAt(paragraph, paragraph.length, "en"))).toBe("Nobody knows");
  });

  it("treats a line break as the end of a sentence", () => {
    const lines = "Headline without stop\nBody sentence one. Two.";
    expect(slice(lines, sentenceRangeAt(lines, 2, "en"))).toBe("Headline without stop");
  });

  it("returns null for an empty paragraph", () => {
    expect(sentenceRangeAt("", 0, "en")).toBeNull();
  });
});

describe("lineBounds", () => {
  it("finds the line around an offset", () => {
    const text = "ab\ncd\n\nef";
    expect(lineBounds(text, 0)).toEqual({ start: 0, end: 2 });
    expect(lineBounds(text, 2)).toEqual({ start: 0, end: 2 });
    expect(lineBounds(text, 3)).toEqual({ start: 3, end: 5 });
    expect(lineBounds(text, 6)).toEqual({ start: 6, end: 6 });
    expect(lineBounds(text, 8)).toEqual({ start: 7, end: 9 });
  });
});
