import { attributeRange } from "./attribute-range";
import { boundedEditDistance } from "./bounded-edit-distance";
import { codePointLength } from "./code-point-length";
import { contextSimilarity } from "./context-similarity";
import { mapOffset } from "./map-offset";
import { matchQuote } from "./match-quote";
import { matchQuoteFuzzy } from "./match-quote-fuzzy";
import { sharedWordRatio } from "./shared-word-ratio";
import type { ReanchorInput, ReanchorResult, RevisionPair, TextRange } from "./types";

// A fuzzy match may differ from the old quote by at most a third of its code
// points and must keep at least half of its words: "prices rose sharply" →
// "prices fell sharply" is the same claim with a changed word (flagged), "rose"
// → "fell" alone is not.
const MAX_CHANGE = 1 / 3;
const MIN_SHARED_WORDS = 1 / 2;
// Context on one side this similar (≤ 8 edits in 32 code points) locates a quote.
const STRONG_CONTEXT = 0.75;
// A quote this long that occurs once, in new text, is its own evidence (a
// moved paragraph annotated whole has no surviving context).
const SELF_EVIDENT_LENGTH = 32;
// Fuzzy matches are looked for this far (code points) around the mapped place.
const FUZZY_MARGIN = 32;

/**
 * Re-anchors one annotation from the old revision of a pair to the new one.
 * See `reanchorAnnotations` for the strategy; every acceptance below needs
 * evidence that the words are the same words, not just similar ones:
 *
 * - the diff: characters the diff keeps unchanged from inside the old span
 *   ("own") place the annotation; characters it keeps from elsewhere in the
 *   old text ("foreign") are other words that already existed, and disqualify
 *   a candidate unless the text and one whole side of context are identical
 *   (the diff may have aligned repeated text either way);
 * - the context: a prefix or suffix that still (nearly) matches;
 * - for long quotes, the quote itself occurring exactly once in new text.
 */
export function reanchorAnnotation(pair: RevisionPair, annotation: ReanchorInput): ReanchorResult {
  const { oldIndex, newIndex, edits } = pair;
  const { id, start, end, exact, prefix, suffix } = annotation;
  const orphan = (reason: string): ReanchorResult => ({ id, status: "orphaned", reason });
  const anchored = (range: TextRange, method: "mapped" | "quote" | "fuzzy"): ReanchorResult => ({
    id,
    status: "anchored",
    start: range.start,
    end: range.end,
    method,
    textChanged: newIndex.slice(range.start, range.end) !== exact,
  });

  if (!isRangeIn({ start, end }, oldIndex.length) || oldIndex.slice(start, end) !== exact) {
    return orphan("the stored range does not cover the stored quote in the old text");
  }
  const span = { start, end };
  const length = codePointLength(exact);
  const foreignTolerance = Math.floor(length / 10);
  const origin = (range: TextRange) => attributeRange(edits, span, range, newIndex.length);

  // A zero-width anchor covers no words; it stays where the diff puts it
  // unless the text around its point was replaced.
  if (length === 0) {
    if (edits.some((edit) => edit.oldStart < start && start < edit.oldEnd)) return orphan("its position was inside replaced text");
    const at = mapOffset(edits, start, "left");
    return anchored({ start: at, end: at }, "mapped");
  }

  // 1. Carry the offsets through the diff; accept if they still frame the quote.
  const mapped = { start: mapOffset(edits, start, "right"), end: mapOffset(edits, end, "left") };
  if (mapped.start < mapped.end && newIndex.slice(mapped.start, mapped.end) === exact) return anchored(mapped, "mapped");
  const hint = Math.min(mapped.start, mapped.end);

  // 2. The quote verbatim elsewhere (moved text, or an alignment the diff chose differently).
  const occurrences = matchQuote(newIndex.text, { exact }).map((range) => ({
    range,
    origin: origin(range),
    context: contextSimilarity(newIndex, range, prefix, suffix),
  }));
  // Occurrences the diff does not attribute to other old text (moved or retyped text, or ours).
  const unclaimed = occurrences.filter((o) => o.origin.foreign <= foreignTolerance);
  const located = occurrences.filter((o) => {
    const context = Math.max(o.context.prefix, o.context.suffix);
    if (o.origin.foreign > foreignTolerance) return context === 1;
    if (o.origin.own === length) return true;
    return context >= STRONG_CONTEXT || (length >= SELF_EVIDENT_LENGTH && unclaimed.length === 1);
  });
  // Best context first, then nearest the mapped place.
  const best = located.sort(
    (a, b) =>
      b.context.prefix + b.context.suffix - (a.context.prefix + a.context.suffix) ||
      Math.abs(a.range.start - hint) - Math.abs(b.range.start - hint),
  )[0];
  if (best !== undefined) return anchored(best.range, "quote");

  // 3. A small edit of the quote, near where the diff put it.
  const maxErrors = Math.floor(length * MAX_CHANGE);
  if (maxErrors === 0) return orphan("the quoted text is gone and too short to match approximately");
  const scope = {
    start: Math.max(0, hint - length - FUZZY_MARGIN),
    end: Math.min(newIndex.length, Math.max(mapped.start, mapped.end) + length + FUZZY_MARGIN),
  };
  const candidates: TextRange[] = [];
  if (mapped.start < mapped.end) candidates.push(mapped);
  const fuzzy = matchQuoteFuzzy(newIndex.text, { exact, prefix, suffix }, { hint, scope, maxErrors });
  if (fuzzy !== null) candidates.push({ start: fuzzy.start, end: fuzzy.end });

  let closest: { range: TextRange; errors: number; own: number } | undefined;
  for (const range of candidates) {
    const covered = newIndex.slice(range.start, range.end);
    const errors = boundedEditDistance(exact, covered, maxErrors);
    if (errors > maxErrors || sharedWordRatio(exact, covered) < MIN_SHARED_WORDS) continue;
    const { own, foreign } = origin(range);
    if (foreign > foreignTolerance) continue;
    const context = contextSimilarity(newIndex, range, prefix, suffix);
    if (own * 2 < length && Math.max(context.prefix, context.suffix) < STRONG_CONTEXT) continue;
    // Most of the annotation's own surviving text first: a word inserted at a
    // span's edge must not push the span's own edge word out ("LeT leaders" →
    // "LeT senior leaders" keeps "leaders"); fewer edits only break ties.
    if (closest === undefined || own > closest.own || (own === closest.own && errors < closest.errors)) {
      closest = { range, errors, own };
    }
  }
  if (closest !== undefined) return anchored(closest.range, "fuzzy");
  return orphan("the quoted text was deleted or changed too much to re-anchor safely");
}

function isRangeIn(range: TextRange, length: number): boolean {
  return Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= length;
}
