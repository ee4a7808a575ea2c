import { describe, expect, it } from "vitest";
import { filterEventsForViewer } from "@/lib/server/event/filter-events-for-viewer";
import { isFrameVisibleToViewer } from "@/lib/server/event/is-frame-visible-to-viewer";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";

const event = (id: string, projectId: string, articleId: string | null, payload: Record<string, unknown> = {}, type = "annotation.updated"): LiveEvent => ({
  id,
  projectId,
  articleId,
  type,
  actorId: null,
  payload,
  createdAt: "2026-01-01T00:00:00.000Z",
});

const viewer = (blinded: boolean) => ({ userId: "u", role: "ANNOTATOR" as const, projectId: "p", articleId: "a", blinded });
// Only the author matters to the blind rule.
const annotationBy = (authorId: string) => ({ id: "x", author: { id: authorId, name: authorId } }) as unknown as AnnotationDTO;

describe("filterEventsForViewer", () => {
  it("passes the open article's events and the project's project-wide ones, nothing of other articles or projects", () => {
    const events = [event("1", "p", "a"), event("2", "p", "b"), event("3", "p", null), event("4", "q", "a"), event("5", "q", null)];
    expect(filterEventsForViewer(viewer(false), events).map((e) => e.id)).toEqual(["1", "3"]);
  });

  it("shows a blinded viewer who is present but not which annotation a colleague has selected", () => {
    const roster = event("", "p", "a", {
      entries: [
        { userId: "u", selectedAnnotationId: "mine" },
        { userId: "v", selectedAnnotationId: "theirs" },
      ],
    }, "presence");
    const [blind] = filterEventsForViewer(viewer(true), [roster]);
    expect(blind?.payload.entries).toEqual([
      { userId: "u", selectedAnnotationId: "mine" },
      { userId: "v", selectedAnnotationId: null },
    ]);
    const [open] = filterEventsForViewer(viewer(false), [roster]);
    expect(open?.payload.entries).toEqual(roster.payload.entries);
  });
});

describe("isFrameVisibleToViewer", () => {
  const named = event("7", "p", "a", { annotationId: "x" });
  it("withholds a colleague's annotation from a blinded viewer and passes their own", () => {
    expect(isFrameVisibleToViewer(viewer(true), named, annotationBy("v"))).toBe(false);
    expect(isFrameVisibleToViewer(viewer(true), named, annotationBy("u"))).toBe(true);
  });
  it("withholds an annotation whose author cannot be checked, only when blinded", () => {
    expect(isFrameVisibleToViewer(viewer(true), named, null)).toBe(false);
    expect(isFrameVisibleToViewer(viewer(false), named, null)).toBe(true);
  });
  it("passes everything to a viewer who is not blinded, and events naming no annotation to anyone", () => {
    expect(isFrameVisibleToViewer(viewer(false), named, annotationBy("v"))).toBe(true);
    expect(isFrameVisibleToViewer(viewer(true), event("8", "p", null, { entityId: "e" }), null)).toBe(true);
  });
});
