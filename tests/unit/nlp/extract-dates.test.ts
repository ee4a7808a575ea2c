import { describe, expect, it } from "vitest";
import { extractDates } from "@/lib/nlp/extract-dates";

describe("extractDates", () => {
  it("reads full dates, month-years, ranges, bracketed abbreviations and bare years, each stretch once", () => {
    expect(extractDates("On October 14, 2023, a week after the October 7 attacks, and in February 2025 (Oct 29) in 2023.")).toEqual([
      { text: "October 14, 2023", month: 10, day: 14, year: 2023 },
      { text: "October 7", month: 10, day: 7 },
      { text: "February 2025", month: 2, year: 2025 },
      { text: "Oct 29", month: 10, day: 29 },
      { text: "2023", year: 2023 },
    ]);
  });

  it("reads a day range as its first day, ISO dates and day-first dates", () => {
    expect(extractDates("between January 2-5, 2026; date 2026-01-07; 5 March 2024")).toEqual([
      { text: "January 2-5, 2026", month: 1, day: 2, year: 2026 },
      { text: "2026-01-07", year: 2026, month: 1, day: 7 },
      { text: "5 March 2024", day: 5, month: 3, year: 2024 },
    ]);
  });

  it("does not read the verb 'may' or small numbers as dates", () => {
    expect(extractDates("Officials may 2 times say 30 people")).toEqual([]);
  });
});
