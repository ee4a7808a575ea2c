import { describe, expect, it } from "vitest";
import { analyzeMemberText } from "@/lib/clusters/compare/analyze-member-text";
import { entityNamesMatch } from "@/lib/clusters/compare/entity-names-match";
import { extractDates } from "@/lib/clusters/compare/extract-dates";
import { extractEntities } from "@/lib/clusters/compare/extract-entities";
import { extractQuantities } from "@/lib/clusters/compare/extract-quantities";
import { extractRelativeTimes } from "@/lib/clusters/compare/extract-relative-times";

const dates = (text: string) => extractDates(text, analyzeMemberText(text)).map(({ words, year, month, dayFrom, dayTo, weekday }) => ({ words, year, month, dayFrom, dayTo, weekday }));
const relative = (text: string) => extractRelativeTimes(text, analyzeMemberText(text)).map(({ words, direction, hours }) => ({ words, direction, hours }));
const counts = (text: string) => extractQuantities(text, analyzeMemberText(text), []).map(({ words, noun, min, max }) => ({ words, noun, min, max }));
const names = (text: string) => extractEntities(text, analyzeMemberText(text));

describe("extracting the facts of one member", { timeout: 0 }, () => {
  it("reads dates as the parts written, nothing filled in", () => {
    expect(dates("On October 14, 2023, a week after the October 7 attack")).toEqual([
      { words: "October 14, 2023", year: 2023, month: 10, dayFrom: 14, dayTo: 14, weekday: null },
      { words: "October 7", year: null, month: 10, dayFrom: 7, dayTo: 7, weekday: null },
    ]);
    expect(dates("between January 2-5, 2026, in Quetta (Oct 29) and in 2023")).toEqual([
      { words: "January 2-5, 2026", year: 2026, month: 1, dayFrom: 2, dayTo: 5, weekday: null },
      { words: "Oct 29", year: null, month: 10, dayFrom: 29, dayTo: 29, weekday: null },
      { words: "2023", year: 2023, month: null, dayFrom: null, dayTo: null, weekday: null },
    ]);
    expect(dates("on the 14th of March, on 2025-03-14 and last Tuesday")).toEqual([
      { words: "14th of March", year: null, month: 3, dayFrom: 14, dayTo: 14, weekday: null },
      { words: "2025-03-14", year: 2025, month: 3, dayFrom: 14, dayTo: 14, weekday: null },
      { words: "Tuesday", year: null, month: null, dayFrom: null, dayTo: null, weekday: "tue" },
    ]);
  });

  it("skips counts that look like years and the dates of the reporting", () => {
    expect(dates("2000 people marched, officials said on Tuesday.")).toEqual([]);
  });

  it("reads relative times as a direction and a range of hours", () => {
    // "days": 2 days up to (not including) 2 weeks; "weeks": 2 weeks up to 2 months.
    expect(relative("days before the strike; just weeks prior to it")).toEqual([
      { words: "days before", direction: "before", hours: { min: 48, max: 336 * 0.999 } },
      { words: "weeks prior", direction: "before", hours: { min: 336, max: 2 * 24 * 30.4 * 0.999 } },
    ]);
    expect(relative("three days later, a week after, about a week before, soon after")).toEqual([
      { words: "three days later", direction: "after", hours: { min: 72, max: 72 } },
      { words: "a week after", direction: "after", hours: { min: 168, max: 168 } },
      { words: "a week before", direction: "before", hours: { min: 168 * 0.7, max: 168 * 1.3 } },
      { words: "soon after", direction: "after", hours: null },
    ]);
    expect(relative("two years of war")).toEqual([]);
  });

  it("reads counts with the noun they count and their hedges", () => {
    expect(counts("around 30 Hindu tourists, more than 1,200 people, dozens of soldiers, twelve men, 50%")).toEqual([
      { words: "around 30 Hindu tourists", noun: "tourist", min: 25.5, max: 34.5 },
      { words: "1,200 people", noun: "person", min: 1200, max: Number.POSITIVE_INFINITY },
      { words: "dozens of soldiers", noun: "soldier", min: 24, max: 99 },
      { words: "twelve men", noun: "man", min: 12, max: 12 },
      { words: "50%", noun: "percent", min: 50, max: 50 },
    ]);
  });

  it("reads names whole, without titles, and matches their short forms", () => {
    const found = names("Dr. Naji Zaheer met Lashkar-e-Taiba (LeT) commander Rashid Ali Sandhu in Gujranwala.");
    expect(found.map((name) => [name.words, name.parts.join(" ")])).toEqual([
      ["Dr. Naji Zaheer", "naji zaheer"],
      ["Lashkar-e-Taiba", "lashkar e taiba"],
      ["LeT", "let"],
      ["Rashid Ali Sandhu", "rashid ali sandhu"],
      ["Gujranwala", "gujranwala"],
    ]);
    const [zaheer, lashkar, acronym, sandhu] = found;
    const short = names("Zaheer and Lashkar and Jaish-e-Muhammad")[0];
    expect(zaheer && short && entityNamesMatch(zaheer, short)).toBe(true);
    expect(lashkar && acronym && entityNamesMatch(lashkar, acronym)).toBe(true);
    expect(zaheer && sandhu && entityNamesMatch(zaheer, sandhu)).toBe(false);
  });

  it("takes an acronym and a one-word short form of the same long name as one name, and nothing looser", () => {
    const [lashkar] = names("They called it a front for Lashkar.");
    const [acronym] = names("They called it a front for the LeT.");
    const [jaish] = names("They called it a front for Jaish.");
    const [lahore] = names("They met in Lahore.");
    expect(lashkar && acronym && entityNamesMatch(lashkar, acronym)).toBe(true);
    expect(acronym && lashkar && entityNamesMatch(acronym, lashkar)).toBe(true);
    // Another first letter, or an ordinary capitalised word that is no acronym.
    expect(jaish && acronym && entityNamesMatch(jaish, acronym)).toBe(false);
    expect(lahore && jaish && entityNamesMatch(lahore, jaish)).toBe(false);
  });
});
