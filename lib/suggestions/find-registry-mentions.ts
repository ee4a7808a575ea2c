import type { RawSpan, RegistryName } from "@/lib/suggestions/suggestion-types";
import { leadingTitleLength } from "@/lib/suggestions/leading-title";

export type RegistryMatch = RawSpan & { entityId: string; entityType: string; name: string };

// A letter or digit (any script) on either side means the name is part of a
// longer word: "Hamas" in "Hamasville" is not a mention.
const WORD = /[\p{L}\p{N}]/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Short names and acronyms ("LeT", "PMML", "US", "UNESCO") must match as
// written: case-folded, "LeT" would find every "let". Longer names match
// case-folded ("hamas" in a lower-cased headline).
function caseSensitive(name: string): boolean {
  return name.length <= 4 || name === name.toUpperCase();
}

/**
 * Every place the registry's names and aliases occur in `text`, on word
 * boundaries, longest match first and never overlapping: where "Naji Zaheer"
 * matches, "Zaheer" inside it is not a second mention. Offsets are UTF-16.
 * Pure: the caller converts to code points.
 */
export function findRegistryMentions(text: string, registry: readonly RegistryName[]): RegistryMatch[] {
  const candidates: RegistryMatch[] = [];
  for (const entry of registry) {
    for (const raw of new Set(entry.names)) {
      const name = raw.trim();
      if (name.length < 2) continue;
      const pattern = new RegExp(escape(name).replace(/\s+/g, "\\s+"), caseSensitive(name) ? "gu" : "giu");
      for (const m of text.matchAll(pattern)) {
        const from = m.index;
        const to = from + m[0].length;
        if (from > 0 && WORD.test(text[from - 1] ?? "")) continue;
        if (to < text.length && WORD.test(text[to] ?? "")) continue;
        // An alias written with a title ("Dr. Naji Zaheer") marks the name alone.
        candidates.push({ from: from + leadingTitleLength(m[0]), to, entityId: entry.entityId, entityType: entry.entityType, name });
      }
    }
  }
  // Longest first, then leftmost: a greedy pass keeps the longest of
  // overlapping matches.
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: RegistryMatch[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.from < k.to && k.from < c.to)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}
