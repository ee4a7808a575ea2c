import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/import/detect-language";
import { fallbackTitle } from "@/lib/import/fallback-title";
import { normalizeLanguageTag } from "@/lib/import/normalize-language-tag";
import { normalizePublishedAt } from "@/lib/import/normalize-published-at";

describe("detectLanguage", () => {
  it("recognises English prose and declines to guess otherwise", () => {
    expect(detectLanguage("The port authority said on Tuesday that the new terminal would open in March, after two years of delays caused by funding disputes.")).toBe("en");
    expect(detectLanguage("Die Hafenbehörde teilte am Dienstag mit, dass das neue Terminal im März nach zwei Jahren Verzögerung eröffnet werden soll.")).toBeUndefined();
    expect(detectLanguage("Too short to tell.")).toBeUndefined();
  });
});

describe("fallbackTitle", () => {
  it("uses the first sentence, without a dateline", () => {
    expect(fallbackTitle("date 2026-01-07 Islamabad: A video surfaced. It showed a meeting.")).toBe("A video surfaced.");
  });

  it("cuts long sentences at a word boundary", () => {
    const title = fallbackTitle(`${"word ".repeat(40)}end.`);
    expect(title).toBe(`${"word ".repeat(19)}word…`);
    expect(title.length).toBeLessThanOrEqual(100);
  });

  it("falls back to the file name, then to a placeholder", () => {
    expect(fallbackTitle("", "uploads/port-story.md")).toBe("port-story");
    expect(fallbackTitle("")).toBe("Untitled article");
  });
});

describe("normalizePublishedAt", () => {
  it("turns zoned timestamps into UTC instants and everything else into dates", () => {
    expect(normalizePublishedAt("2026-01-07T10:00:00+05:00")).toBe("2026-01-07T05:00:00.000Z");
    expect(normalizePublishedAt("2026-01-07T10:00:00")).toBe("2026-01-07");
    expect(normalizePublishedAt("January 7, 2026")).toBe("2026-01-07");
    expect(normalizePublishedAt("yesterday")).toBeUndefined();
    expect(normalizePublishedAt(null)).toBeUndefined();
  });
});

describe("normalizeLanguageTag", () => {
  it("keeps the primary subtag", () => {
    expect(normalizeLanguageTag("en-US")).toBe("en");
    expect(normalizeLanguageTag("pt_BR")).toBe("pt");
    expect(normalizeLanguageTag("english")).toBeUndefined();
  });
});
