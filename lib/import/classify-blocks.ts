import { findBylineIndexes } from "./find-byline-indexes";
import { findChromeLine } from "./find-chrome-line";
import { findHeadlineIndex } from "./find-headline-index";
import { isHeadingLike } from "./is-heading-like";
import { normalizeForComparison } from "./normalize-for-comparison";
import { scoreBlock } from "./score-block";
import type { BlockRule, BlockSignal, ImportBlock, RawBlock } from "./types";

const CONTENT_SCORE = 3;

type Verdict = { rule: BlockRule; reason: string };

/**
 * Decides, for every block, whether it is article text, and why.
 *
 * 1. Verdicts reached while splitting stay (HTML: outside Readability's main
 *    content), then whole-line chrome patterns remove a block outright.
 * 2. Blocks repeating an earlier block are removed as duplicates; then the
 *    headline is found (findHeadlineIndex) and removed as the title. In that
 *    order, the first copy of a repeated headline is the title and the second
 *    a duplicate (article-002).
 * 3. Bylines at the edges are removed; they become metadata.author.
 * 4. The rest are scored (scoreBlock): 3 or more is content. Short blocks are
 *    judged by context, as jusText does: a heading-like line with content
 *    before (or the headline) and after is a section heading, any other short
 *    block between content blocks is kept, and the rest is outside the text.
 *    Removed blocks are skipped when looking for neighbours, so an ad marker
 *    between two paragraphs does not cut the article in two.
 */
export function classifyBlocks(
  raw: readonly RawBlock[],
  options: { english: boolean; knownTitles?: readonly string[] },
): { blocks: ImportBlock[]; headlineIndex: number; author?: string } {
  const scores = raw.map((block) => scoreBlock(block, options));
  const verdicts: Array<Verdict | undefined> = raw.map((block) => block.preset);
  raw.forEach((block, i) => {
    const chrome = verdicts[i] ? undefined : findChromeLine(block.text);
    if (chrome) verdicts[i] = { rule: "boilerplate", reason: `Site chrome: ${chrome.label} (“${chrome.line}”)` };
  });

  const seen = new Map<string, number>();
  raw.forEach((block, i) => {
    const key = normalizeForComparison(block.text);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else verdicts[i] ??= { rule: "duplicate", reason: `Repeats block ${first}` };
  });

  const isContent = raw.map((_, i) => !verdicts[i] && (scores[i]?.score ?? 0) >= CONTENT_SCORE);
  const headlineIndex = findHeadlineIndex(raw, {
    removed: verdicts.map(Boolean),
    isContent,
    knownTitles: options.knownTitles ?? [],
  });
  if (headlineIndex !== -1) {
    verdicts[headlineIndex] = { rule: "title", reason: "Headline, stored as the title" };
    isContent[headlineIndex] = false;
  }

  const bylines = findBylineIndexes(raw, verdicts.map(Boolean));
  for (const i of bylines.indexes) {
    verdicts[i] = { rule: "byline", reason: "Author byline, stored as the author" };
    isContent[i] = false;
  }

  const blocks = raw.map((block, i): ImportBlock => {
    const { score, signals } = scores[i] ?? { score: 0, signals: [] };
    const verdict = verdicts[i] ?? judgeByContext(raw, i, { isContent, verdicts, headlineIndex, signals, score });
    const heading = verdict.rule === "heading" || verdict.rule === "title" || block.kind === "heading";
    const result: ImportBlock = {
      index: i,
      text: block.text,
      kind: heading ? "heading" : "paragraph",
      kept: verdict.rule === "content" || verdict.rule === "heading" || verdict.rule === "inside-content",
      rule: verdict.rule,
      reason: verdict.reason,
      score,
    };
    if (heading) result.level = block.level ?? (verdict.rule === "title" ? 1 : 2);
    return result;
  });
  return bylines.author === undefined ? { blocks, headlineIndex } : { blocks, headlineIndex, author: bylines.author };
}

function judgeByContext(
  raw: readonly RawBlock[],
  i: number,
  context: {
    isContent: readonly boolean[];
    verdicts: ReadonlyArray<Verdict | undefined>;
    headlineIndex: number;
    signals: readonly BlockSignal[];
    score: number;
  },
): Verdict {
  const { isContent, verdicts, headlineIndex, signals, score } = context;
  const explained = `score ${score}${signals.length ? `: ${signals.map(describe).join(", ")}` : ""}`;
  if (isContent[i]) return { rule: "content", reason: `Content (${explained})` };

  const contentBefore = isContent.slice(0, i).some(Boolean);
  const contentAfter = isContent.slice(i + 1).some(Boolean);
  const block = raw[i];
  if (block?.kind === "heading") {
    return contentAfter
      ? { rule: "heading", reason: `Heading (h${block.level ?? 2}) leading into content` }
      : { rule: "outside-content", reason: "Heading with no article text after it" };
  }
  // The nearest block still open before this one, to see whether the
  // headline directly precedes it (a first section heading).
  let previousOpen = i - 1;
  while (previousOpen >= 0 && verdicts[previousOpen] && previousOpen !== headlineIndex) previousOpen--;
  const afterHeadline = previousOpen !== -1 && previousOpen === headlineIndex;
  if (block && isHeadingLike(block.text) && contentAfter && (contentBefore || afterHeadline)) {
    return { rule: "heading", reason: "Section heading: a short line leading into content" };
  }
  if (contentBefore && contentAfter) {
    return { rule: "inside-content", reason: `Short block between content blocks (${explained})` };
  }
  return { rule: "outside-content", reason: `Short block outside the article text (${explained})` };
}

function describe(signal: BlockSignal): string {
  return `${signal.label} ${signal.weight > 0 ? "+" : "−"}${Math.abs(signal.weight)}`;
}
