import { describe, expect, it } from "vitest";
import { findLeadingDate } from "@/lib/import/find-leading-date";

describe("findLeadingDate", () => {
  it("reads a labelled dateline glued to the first sentence", () => {
    expect(findLeadingDate("date 2026-01-07 Islamabad: A video that has surfaced on social media shows…")).toBe("2026-01-07");
  });

  it("reads a place-first dateline and a Published line", () => {
    expect(findLeadingDate("ISLAMABAD, January 7, 2026 — Officials said on Tuesday…")).toBe("2026-01-07");
    expect(findLeadingDate("Published: Sunday, February 22, 2026")).toBe("2026-02-22");
  });

  it("reads an unlabelled date closed by a place and a colon", () => {
    expect(findLeadingDate("January 7, 2026 Islamabad: A video surfaced.")).toBe("2026-01-07");
  });

  it("ignores dates that start a sentence", () => {
    expect(findLeadingDate("On January 15, 2026, the US-led intergovernmental organisation was launched.")).toBeUndefined();
    expect(findLeadingDate("January 15, 2026 was the day the board launched.")).toBeUndefined();
    expect(findLeadingDate("In February 2025, he visited Pakistan-occupied Kashmir.")).toBeUndefined();
  });
});
