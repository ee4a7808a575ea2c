import { describe, expect, it } from "vitest";
import { createPresenceRegistry } from "@/lib/realtime/create-presence-registry";
import type { PresenceEntry } from "@/lib/realtime/types";

const entry = (connectionId: string, overrides: Partial<PresenceEntry> = {}): PresenceEntry => ({
  connectionId,
  projectId: "p",
  articleId: "a",
  userId: `u-${connectionId}`,
  name: `User ${connectionId}`,
  selectedAnnotationId: null,
  at: 0,
  ...overrides,
});

describe("createPresenceRegistry", () => {
  it("keeps one entry per connection, tells watchers of visible changes only, and expires silent ones", () => {
    const registry = createPresenceRegistry(1000);
    const rosters: string[][] = [];
    registry.watch("a", (roster) => rosters.push(roster.map((e) => `${e.connectionId}:${e.selectedAnnotationId ?? "-"}`)));

    registry.apply(entry("c2"), false, 0);
    registry.apply(entry("c1"), false, 0);
    registry.apply(entry("c3", { articleId: "b" }), false, 0); // another article: not told
    registry.apply(entry("c1"), false, 500); // heartbeat: nothing visible changed
    registry.apply(entry("c1", { selectedAnnotationId: "x" }), false, 600);
    expect(rosters).toEqual([["c2:-"], ["c1:-", "c2:-"], ["c1:x", "c2:-"]]);

    registry.sweep(1200); // c2 last seen at 0, c1 at 600
    expect(rosters.at(-1)).toEqual(["c1:x"]);
    expect(registry.find("c2")).toBeUndefined();
    expect(registry.roster("b").map((e) => e.connectionId)).toEqual([]);

    registry.apply(entry("c1"), true, 1300);
    expect(rosters.at(-1)).toEqual([]);
    registry.apply(entry("c1"), true, 1400); // already gone: no news
    expect(rosters).toHaveLength(5);
  });
});
