import type { PresenceEntry } from "@/lib/realtime/types";

export type Colleague = { userId: string; name: string; selectedAnnotationIds: string[] };

/**
 * The other people with the article open, one per person however many tabs
 * they have, in a stable order. The viewer's own connection is left out;
 * their other tabs count as them and are left out too.
 */
export function colleaguesOf(entries: readonly PresenceEntry[], self: { userId: string }): Colleague[] {
  const byUser = new Map<string, Colleague>();
  for (const entry of entries) {
    if (entry.userId === self.userId) continue;
    const colleague = byUser.get(entry.userId) ?? { userId: entry.userId, name: entry.name, selectedAnnotationIds: [] };
    if (entry.selectedAnnotationId && !colleague.selectedAnnotationIds.includes(entry.selectedAnnotationId)) {
      colleague.selectedAnnotationIds.push(entry.selectedAnnotationId);
    }
    byUser.set(entry.userId, colleague);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
