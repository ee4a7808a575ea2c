import { describe, expect, it } from "vitest";
import { filterEventsForViewer } from "@/lib/server/event/filter-events-for-viewer";
import type { LiveEvent } from "@/lib/realtime/types";

const event = (id: string, projectId: string, articleId: string | null): LiveEvent => ({
  id,
  projectId,
  articleId,
  type: "annotation.updated",
  actorId: null,
  payload: {},
  createdAt: "2026-01-01T00:00:00.000Z",
});

describe("filterEventsForViewer", () => {
  it("passes the open article's events and the project's project-wide ones, nothing of other articles or projects", () => {
    const viewer = { userId: "u", role: "ANNOTATOR" as const, projectId: "p", articleId: "a" };
    const events = [event("1", "p", "a"), event("2", "p", "b"), event("3", "p", null), event("4", "q", "a"), event("5", "q", null)];
    expect(filterEventsForViewer(viewer, events).map((e) => e.id)).toEqual(["1", "3"]);
  });
});
