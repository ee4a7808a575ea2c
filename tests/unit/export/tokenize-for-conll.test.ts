import { describe, expect, it } from "vitest";
import { tokenizeForConll } from "@/lib/export/tokenize-for-conll";

const texts = (text: string, cuts: number[] = []) => tokenizeForConll(text, cuts).map((t) => t.text);

describe("tokenizeForConll", () => {
  it("splits words from punctuation and symbols, one punctuation code point per token", () => {
    expect(texts('He said: "3.5% isn\'t €10"…')).toEqual(["He", "said", ":", '"', "3", ".", "5", "%", "isn", "'", "t", "€", "10", '"', "…"]);
  });

  it("keeps letters with combining marks and non-Latin words whole", () => {
    expect(texts("Cafe\u0301 Zürich Москва 東京")).toEqual(["Cafe\u0301", "Zürich", "Москва", "東京"]);
  });

  it("keeps emoji sequences whole: skin tone, ZWJ family, flag, keycap-like variation selector", () => {
    expect(texts("a 👨🏻‍🚒 b 👩‍👩‍👧 c 🇵🇰 d ❤️ e 😀😀")).toEqual(["a", "👨🏻‍🚒", "b", "👩‍👩‍👧", "c", "🇵🇰", "d", "❤️", "e", "😀", "😀"]);
  });

  it("gives UTF-16 offsets and treats every Unicode space as a separator", () => {
    expect(tokenizeForConll("😀 a\u00a0b\u2003c", [])).toEqual([
      { text: "😀", start: 0, end: 2 },
      { text: "a", start: 3, end: 4 },
      { text: "b", start: 5, end: 6 },
      { text: "c", start: 7, end: 8 },
    ]);
  });

  it("cuts at the given offsets, so a mention inside a word gets whole tokens", () => {
    expect(texts("Pakistanis", [8])).toEqual(["Pakistan", "is"]);
    expect(texts("abc", [0, 3, 1, 1])).toEqual(["a", "bc"]);
  });
});
