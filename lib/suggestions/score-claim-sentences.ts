import { segmentPassages } from "@/lib/nlp/segment-passages";
import { extractDates } from "@/lib/nlp/extract-dates";

export type ClaimCandidate = {
  // Code points, half-open.
  start: number;
  end: number;
  exact: string;
  score: number;
  checkWorthiness: number;
  reason: string;
};

// Reported speech and attribution: who says so is what a fact-checker checks first.
const ATTRIBUTION =
  /\b(said|says|say|told|tells|claimed|claims|claim|stated|states|announced|alleged|alleges|accused|accuses|confirmed|denied|denies|revealed|reveals|reported|reports|warned|insisted|according to|shows|showed|shown)\b/i;
const HEDGE = /\b(reportedly|allegedly|apparently|purportedly|widely (?:believed|regarded|seen))\b/i;
// Things that happened: what a claim about an event turns on.
const EVENT =
  /\b(met|meet|meeting|visited|visit|attended|attending|addressed|killed|attacked|attack|held|hosted|signed|arrested|appeared|travelled|traveled|shared|felicitated|designated|launched|sentenced|elected)\b/i;
const NUMBER = /\b\d+(?:[.,]\d+)*(?:\s*(?:%|percent|per cent))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?)\b/gi;
const MIN_WORDS = 6;
// Below this a sentence is not offered: it has at most one weak signal.
export const CLAIM_THRESHOLD = 0.45;

// segmentPassages paragraph by paragraph: it converts each sentence's offset
// to code points from the start of the text it is given, which on a whole
// long article costs time in the square of its length.
function sentencesOf(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let at = 0;
  for (const block of text.split("\n\n")) {
    for (const s of segmentPassages(block)) out.push({ start: s.start + at, end: s.end + at, text: s.text });
    at += [...block].length + 2;
  }
  return out;
}

/**
 * Check-worthy sentences of an article, the kind of signal ClaimBuster
 * scores: attribution and reported speech, numbers, dates, named actors and
 * event verbs. Each feature adds a fixed weight (hand-set, not learnt: the
 * demo corpus is too small to fit anything), the sum is clipped to 1, and
 * check-worthiness is the score on a 1–5 scale. `names` are the article's
 * entity spans (code points), counted as actors. Highest score first.
 */
export function scoreClaimSentences(text: string, names: ReadonlyArray<{ start: number; end: number; exact: string }>): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const sentence of sentencesOf(text)) {
    const words = sentence.text.split(/\s+/).filter(Boolean);
    if (words.length < MIN_WORDS || sentence.text.trim().endsWith("?")) continue;
    const reasons: string[] = [];
    let score = 0;
    const attribution = ATTRIBUTION.exec(sentence.text);
    if (attribution) {
      score += 0.3;
      reasons.push(`attribution: '${attribution[0]}'`);
    }
    const hedge = HEDGE.exec(sentence.text);
    if (hedge) {
      score += 0.15;
      reasons.push(`reported: '${hedge[0]}'`);
    }
    const dates = extractDates(sentence.text);
    const dateText = dates.map((d) => d.text).join(" ");
    const numbers = [...sentence.text.matchAll(NUMBER)].map((m) => m[0]).filter((n) => !dateText.includes(n));
    if (numbers.length > 0) {
      score += 0.2;
      reasons.push(`number: ${numbers[0]}`);
    }
    if (dates.length > 0) {
      score += 0.2;
      reasons.push(`date: ${dates[0]?.text}`);
    }
    const actors = [...new Set(namesWithin(sorted, sentence).map((n) => n.exact))];
    if (actors.length > 0) {
      score += actors.length > 1 ? 0.25 : 0.15;
      reasons.push(`actors: ${actors.slice(0, 3).join(", ")}`);
    }
    const event = EVENT.exec(sentence.text);
    if (event) {
      score += 0.15;
      reasons.push(`event: '${event[0]}'`);
    }
    score = Math.min(1, Math.round(score * 100) / 100);
    if (score < CLAIM_THRESHOLD) continue;
    out.push({
      start: sentence.start,
      end: sentence.end,
      exact: sentence.text,
      score,
      checkWorthiness: Math.max(1, Math.min(5, Math.ceil(score * 5))),
      reason: reasons.join("; "),
    });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

// The names inside a span, from names sorted by start (binary search to the first).
function namesWithin<T extends { start: number; end: number }>(sorted: readonly T[], span: { start: number; end: number }): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && (sorted[i]?.start ?? 0) < span.end; i++) if ((sorted[i]?.end ?? 0) <= span.end) out.push(sorted[i]!);
  return out;
}
