import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findLeadingFieldLabel } from "@/lib/import/find-leading-field-label";
import { validatorsDir } from "@/tests/unit/export/fixtures/validators-dir";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const corpus = resolve(validatorsDir, "../corpus/article-003.txt");

describe("findLeadingFieldLabel (issue 13, defect 8)", () => {
  it("recognises 'date 2026-01-07 Islamabad:' glued to the first sentence: the label, its date and place", () => {
    expect(findLeadingFieldLabel("date 2026-01-07 Islamabad: A video that has surfaced on social media shows…")).toEqual({
      text: "date 2026-01-07 Islamabad: ",
      field: "date",
      publishedAt: "2026-01-07",
      place: "Islamabad",
    });
  });

  it("recognises labelled lines with a long date, with or without a place", () => {
    expect(findLeadingFieldLabel("Published: Sunday, February 22, 2026 — Officials said")).toEqual({
      text: "Published: Sunday, February 22, 2026 — ",
      field: "Published",
      publishedAt: "2026-02-22",
      place: null,
    });
    expect(findLeadingFieldLabel("Updated on 7 Jan 2026")).toEqual({ text: "Updated on 7 Jan 2026", field: "Updated on", publishedAt: "2026-01-07", place: null });
  });

  it("leaves prose and journalistic datelines alone: only a labelled field is metadata", () => {
    expect(findLeadingFieldLabel("On January 15, 2026, the organisation was launched.")).toBeNull();
    expect(findLeadingFieldLabel("ISLAMABAD, January 7, 2026 — Officials said on Tuesday…")).toBeNull();
    expect(findLeadingFieldLabel("Date palms grow in Sindh: 2026-01-07 figures")).toBeNull();
    expect(findLeadingFieldLabel("date 2026-01-07Islamabad")).toBeNull();
  });

  it.runIf(existsSync(corpus))("finds the label at the head of the demo corpus's article-003", () => {
    expect(findLeadingFieldLabel(readFileSync(corpus, "utf8").trim())?.text).toBe("date 2026-01-07 Islamabad: ");
  });
  it.skipIf(existsSync(corpus))("corpus absent: article-003 check not run", () => {
    console.warn(`corpus absent: ${corpus} not found`);
  });
});
