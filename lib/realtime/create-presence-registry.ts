import { PRESENCE_TTL_MS } from "./presence-timing";
import type { PresenceEntry } from "./types";

export type PresenceRegistry = {
  /** A presence message from the bus (any instance's): join, heartbeat, selection, or gone. */
  apply(entry: PresenceEntry, gone: boolean, now?: number): void;
  /** Who has the article open, one entry per connection, oldest first. */
  roster(articleId: string): PresenceEntry[];
  find(connectionId: string): PresenceEntry | undefined;
  /** Called with the article's roster whenever it changes. */
  watch(articleId: string, listener: (roster: PresenceEntry[]) => void): () => void;
  /** Drops entries whose heartbeat stopped. */
  sweep(now?: number): void;
};

type Held = { entry: PresenceEntry; seenAt: number };

/**
 * Each app instance's picture of who is where, built only from bus messages
 * (its own connections' included), so every instance agrees without shared
 * storage. Expiry uses the local receive time, not the sender's clock.
 */
export function createPresenceRegistry(ttlMs = PRESENCE_TTL_MS): PresenceRegistry {
  const held = new Map<string, Held>();
  const watchers = new Map<string, Set<(roster: PresenceEntry[]) => void>>();

  const roster = (articleId: string) =>
    [...held.values()]
      .filter((h) => h.entry.articleId === articleId)
      .map((h) => h.entry)
      .sort((a, b) => a.connectionId.localeCompare(b.connectionId));

  const changed = (articleId: string) => {
    const listeners = watchers.get(articleId);
    if (!listeners || listeners.size === 0) return;
    const current = roster(articleId);
    for (const listener of [...listeners]) listener(current);
  };

  return {
    apply(entry, gone, now = Date.now()) {
      const before = held.get(entry.connectionId);
      if (gone) {
        if (!before) return;
        held.delete(entry.connectionId);
        return changed(entry.articleId);
      }
      held.set(entry.connectionId, { entry, seenAt: now });
      // A plain heartbeat changes nothing anyone sees.
      if (!before || before.entry.selectedAnnotationId !== entry.selectedAnnotationId || before.entry.name !== entry.name) changed(entry.articleId);
    },
    roster,
    find: (connectionId) => held.get(connectionId)?.entry,
    watch(articleId, listener) {
      let listeners = watchers.get(articleId);
      if (!listeners) watchers.set(articleId, (listeners = new Set()));
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) watchers.delete(articleId);
      };
    },
    sweep(now = Date.now()) {
      const touched = new Set<string>();
      for (const [connectionId, h] of held) {
        if (now - h.seenAt <= ttlMs) continue;
        held.delete(connectionId);
        touched.add(h.entry.articleId);
      }
      for (const articleId of touched) changed(articleId);
    },
  };
}
