import { describe, expect, it } from "vitest";
import { colleaguesOf } from "@/components/editor/live/colleagues-of";
import { buildPresenceStylesheet } from "@/components/editor/live/build-presence-stylesheet";
import { presenceColor } from "@/components/editor/live/presence-color";
import type { PresenceEntry } from "@/lib/realtime/types";

const entry = (connectionId: string, userId: string, name: string, selectedAnnotationId: string | null = null): PresenceEntry => ({
  connectionId,
  projectId: "p",
  articleId: "a",
  userId,
  name,
  selectedAnnotationId,
  at: 0,
});

describe("colleaguesOf", () => {
  it("lists other people once each (all their tabs' selections), without the viewer, by name", () => {
    const entries = [
      entry("c1", "me", "Me", "x"),
      entry("c2", "u2", "Tomás", "a1"),
      entry("c3", "u3", "Rahul"),
      entry("c4", "u2", "Tomás", "a2"),
      entry("c5", "u2", "Tomás", "a1"),
      entry("c6", "me", "Me"),
    ];
    expect(colleaguesOf(entries, { userId: "me" })).toEqual([
      { userId: "u3", name: "Rahul", selectedAnnotationIds: [] },
      { userId: "u2", name: "Tomás", selectedAnnotationIds: ["a1", "a2"] },
    ]);
  });
});

describe("buildPresenceStylesheet", () => {
  it("outlines each selected annotation's list row in its selector's colour, quoting ids safely", () => {
    const css = buildPresenceStylesheet([
      { userId: "u2", name: "Tomás", selectedAnnotationIds: ["a1"] },
      { userId: "u3", name: "Rahul", selectedAnnotationIds: ['x"]</style><script>'] },
    ]);
    const [first, second] = css.split("\n");
    expect(first).toBe(`[data-annotation-id="a1"]{outline:2px solid ${presenceColor("u2")};outline-offset:-2px;}`);
    expect(second).not.toContain("</style>");
    expect(second).toContain('[data-annotation-id="x\\"]\\3c /style>\\3c script>"]');
    expect(buildPresenceStylesheet([{ userId: "u", name: "U", selectedAnnotationIds: [] }])).toBe("");
  });

  it("gives a person the same colour every time, from a fixed palette", () => {
    expect(presenceColor("user-1")).toBe(presenceColor("user-1"));
    expect(presenceColor("user-1")).toMatch(/^#[0-9a-f]{6}$/);
  });
});
