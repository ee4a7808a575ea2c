import { describe, expect, it } from "vitest";
import { deriveArticleStatus, type ArticleStatusInputs } from "@/lib/workflow/derive-article-status";
import type { AssignmentStatus } from "@/lib/generated/prisma/enums";

const base: ArticleStatusInputs = { requiredAnnotators: 2, assignments: [], annotations: 0, settledAnnotations: 0, reviewDecisions: 0, goldComplete: false };
const assigned = (...statuses: AssignmentStatus[]) => statuses.map((status) => ({ status }));

describe("deriveArticleStatus", () => {
  it("a completed gold layer is done, even with submissions or reviews outstanding", () => {
    const open = { ...base, assignments: assigned("SUBMITTED", "IN_PROGRESS"), annotations: 4, settledAnnotations: 1, reviewDecisions: 1 };
    expect(deriveArticleStatus(open)).toBe("IN_REVIEW");
    expect(deriveArticleStatus({ ...open, goldComplete: true })).toBe("DONE");
  });

  it("nothing assigned, nothing annotated: not started", () => {
    expect(deriveArticleStatus(base)).toBe("NOT_STARTED");
  });

  it("assigned but nobody started: still not started", () => {
    expect(deriveArticleStatus({ ...base, assignments: assigned("ASSIGNED", "ASSIGNED") })).toBe("NOT_STARTED");
  });

  it("an explicit start without annotations: in progress", () => {
    expect(deriveArticleStatus({ ...base, assignments: assigned("IN_PROGRESS", "ASSIGNED") })).toBe("IN_PROGRESS");
  });

  it("annotations without any assignment: in progress", () => {
    expect(deriveArticleStatus({ ...base, annotations: 3 })).toBe("IN_PROGRESS");
  });

  it("one of two required submitted: in progress, not submitted", () => {
    expect(deriveArticleStatus({ ...base, assignments: assigned("SUBMITTED", "IN_PROGRESS"), annotations: 4 })).toBe("IN_PROGRESS");
  });

  it("a submission alone (no annotations) counts as work started", () => {
    expect(deriveArticleStatus({ ...base, assignments: assigned("SUBMITTED", "ASSIGNED") })).toBe("IN_PROGRESS");
  });

  it("all required submitted: submitted", () => {
    expect(deriveArticleStatus({ ...base, assignments: assigned("SUBMITTED", "SUBMITTED"), annotations: 5 })).toBe("SUBMITTED");
  });

  it("more assigned than required: submitted once the required number is in", () => {
    const inputs = { ...base, assignments: assigned("SUBMITTED", "SUBMITTED", "ASSIGNED"), annotations: 5 };
    expect(deriveArticleStatus(inputs)).toBe("SUBMITTED");
  });

  it("fewer assigned than required: never submitted", () => {
    expect(deriveArticleStatus({ ...base, requiredAnnotators: 3, assignments: assigned("SUBMITTED", "SUBMITTED"), annotations: 2 })).toBe(
      "IN_PROGRESS",
    );
  });

  it("a required count below 1 is treated as 1", () => {
    expect(deriveArticleStatus({ ...base, requiredAnnotators: 0, assignments: assigned("SUBMITTED"), annotations: 1 })).toBe("SUBMITTED");
  });

  it("any review decision: in review, even before every submission is in", () => {
    const inputs = { ...base, assignments: assigned("SUBMITTED", "IN_PROGRESS"), annotations: 4, settledAnnotations: 1, reviewDecisions: 1 };
    expect(deriveArticleStatus(inputs)).toBe("IN_REVIEW");
  });

  it("everything settled and all submitted: done", () => {
    const inputs = { ...base, assignments: assigned("SUBMITTED", "SUBMITTED"), annotations: 4, settledAnnotations: 4, reviewDecisions: 4 };
    expect(deriveArticleStatus(inputs)).toBe("DONE");
  });

  it("everything settled but a submission missing: in review, not done", () => {
    const inputs = { ...base, assignments: assigned("SUBMITTED", "IN_PROGRESS"), annotations: 2, settledAnnotations: 2, reviewDecisions: 2 };
    expect(deriveArticleStatus(inputs)).toBe("IN_REVIEW");
  });

  it("one annotation left unsettled: in review", () => {
    const inputs = { ...base, assignments: assigned("SUBMITTED", "SUBMITTED"), annotations: 4, settledAnnotations: 3, reviewDecisions: 3 };
    expect(deriveArticleStatus(inputs)).toBe("IN_REVIEW");
  });

  it("free annotation (no assignments) fully reviewed: done", () => {
    expect(deriveArticleStatus({ ...base, annotations: 2, settledAnnotations: 2, reviewDecisions: 2 })).toBe("DONE");
  });

  it("submitted with no annotations at all is never done (nothing to settle)", () => {
    expect(deriveArticleStatus({ ...base, assignments: assigned("SUBMITTED", "SUBMITTED") })).toBe("SUBMITTED");
  });
});
