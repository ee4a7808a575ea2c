import { describe, expect, it } from "vitest";
import { canReopenSubmission } from "@/lib/workflow/can-reopen-submission";
import { isBlinded } from "@/lib/workflow/is-blinded";
import { dailySeries } from "@/lib/workflow/daily-series";

describe("isBlinded", () => {
  it("only an annotator in a blind project who has not submitted is blinded", () => {
    expect(isBlinded({ blindAnnotation: true, role: "ANNOTATOR", submitted: false })).toBe(true);
    expect(isBlinded({ blindAnnotation: true, role: "ANNOTATOR", submitted: true })).toBe(false);
    expect(isBlinded({ blindAnnotation: false, role: "ANNOTATOR", submitted: false })).toBe(false);
    for (const role of ["OWNER", "REVIEWER", "VIEWER"] as const) {
      expect(isBlinded({ blindAnnotation: true, role, submitted: false })).toBe(false);
    }
  });
});

describe("canReopenSubmission", () => {
  it("allows reopening a submission before review in an open project", () => {
    expect(canReopenSubmission({ assignmentStatus: "SUBMITTED", articleStatus: "SUBMITTED", blindAnnotation: false })).toBe(true);
  });
  it("refuses once review started or finished, in blind projects, and for unsubmitted work", () => {
    expect(canReopenSubmission({ assignmentStatus: "SUBMITTED", articleStatus: "IN_REVIEW", blindAnnotation: false })).toBe(false);
    expect(canReopenSubmission({ assignmentStatus: "SUBMITTED", articleStatus: "DONE", blindAnnotation: false })).toBe(false);
    expect(canReopenSubmission({ assignmentStatus: "SUBMITTED", articleStatus: "SUBMITTED", blindAnnotation: true })).toBe(false);
    expect(canReopenSubmission({ assignmentStatus: "IN_PROGRESS", articleStatus: "IN_PROGRESS", blindAnnotation: false })).toBe(false);
  });
});

describe("dailySeries", () => {
  it("fills quiet days with zeros and sums duplicate rows, oldest first", () => {
    const series = dailySeries(
      [
        { day: "2026-03-01", count: 2 },
        { day: "2026-03-03", count: 1 },
        { day: "2026-03-03", count: 4 },
        { day: "2026-02-20", count: 9 },
      ],
      { days: 3, today: new Date("2026-03-03T23:59:00Z") },
    );
    expect(series).toEqual([
      { day: "2026-03-01", count: 2 },
      { day: "2026-03-02", count: 0 },
      { day: "2026-03-03", count: 5 },
    ]);
  });
  it("crosses month ends", () => {
    expect(dailySeries([], { days: 2, today: new Date("2026-03-01T00:30:00Z") }).map((d) => d.day)).toEqual(["2026-02-28", "2026-03-01"]);
  });
});
