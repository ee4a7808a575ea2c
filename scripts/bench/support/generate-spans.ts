import type { Random } from "./seeded-random";
import type { WordIndex } from "./index-words";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

export type BenchSpan = { kind: AnnotationKind; start: number; end: number };

const NESTED_SHARE = 0.1;
const CROSSING_SHARE = 0.15;
const CLAIM_SHARE = 0.55;

// `count` word-aligned spans spread evenly over the article, in reading
// order: claims of 4–14 words and entity mentions of 1–3, each in its own
// stretch of text except that about 15% reach into the next span (partial
// overlap, sometimes across a paragraph break) and 10% are mentions nested
// strictly inside another span, as a claim with the entities it names.
export function generateSpans(index: WordIndex, count: number, random: Random): BenchSpan[] {
  const words = index.words;
  const nestedCount = Math.round(count * NESTED_SHARE);
  const baseCount = count - nestedCount;
  const slot = words.length / baseCount;
  const first: number[] = [];
  const last: number[] = [];
  const kinds: BenchSpan["kind"][] = [];

  for (let i = 0; i < baseCount; i++) {
    first.push(Math.min(words.length - 1, Math.floor(i * slot) + random.int(0, Math.floor(slot * 0.3))));
  }
  for (let i = 0; i < baseCount; i++) {
    const claim = random.chance(CLAIM_SHARE);
    kinds.push(claim ? "CLAIM" : "ENTITY_MENTION");
    const length = claim ? random.int(4, 14) : random.int(1, 3);
    const next = first[i + 1] ?? words.length;
    last.push(Math.max(first[i]!, Math.min(first[i]! + length - 1, next - 1)));
  }
  for (let i = 0; i + 1 < baseCount; i++) {
    const nextFirst = first[i + 1]!;
    const nextLast = last[i + 1]!;
    // Crossing needs the next span to start after this one and to have a
    // word left beyond the overlap.
    if (!random.chance(CROSSING_SHARE) || nextFirst <= first[i]! || nextLast <= nextFirst) continue;
    last[i] = Math.min(nextLast - 1, nextFirst + random.int(0, 2));
  }

  const spans: BenchSpan[] = [];
  for (let i = 0; i < baseCount; i++) {
    spans.push({ kind: kinds[i]!, start: words[first[i]!]!.start, end: words[last[i]!]!.end });
  }
  const parents = [3, 2].map((min) => [...first.keys()].filter((i) => last[i]! - first[i]! + 1 >= min)).find((p) => p.length > 0) ?? [];
  for (let n = 0; n < nestedCount && parents.length > 0; n++) {
    const p = random.pick(parents);
    const parentLength = last[p]! - first[p]! + 1;
    const length = random.int(1, Math.min(3, parentLength - 1));
    const from = random.int(first[p]!, last[p]! - length + 1);
    spans.push({ kind: "ENTITY_MENTION", start: words[from]!.start, end: words[from + length - 1]!.end });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
