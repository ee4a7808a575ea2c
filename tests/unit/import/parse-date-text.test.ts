import { describe, expect, it } from "vitest";
import { parseDateText } from "@/lib/import/parse-date-text";

describe("parseDateText", () => {
  it.each([
    ["Sunday, February 22, 2026", "2026-02-22"],
    ["February 22, 2026", "2026-02-22"],
    ["Feb. 22 2026", "2026-02-22"],
    ["22 February 2026", "2026-02-22"],
    ["22nd Feb, 2026", "2026-02-22"],
    ["Wed 7 January 2026 10:32 AM IST", "2026-01-07"],
    ["2026-01-07", "2026-01-07"],
    ["2026-01-07T10:00:00+05:30", "2026-01-07"],
    ["February 29, 2024", "2024-02-29"],
  ])("reads %j as %s", (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it.each(["February 29, 2026", "2026-13-01", "07/01/2026", "January 2026", "Sunday", "Hamas met LeT on January 7, 2026"])(
    "refuses %j",
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );
});
