import { codePointLength } from "@/lib/anchoring/code-point-length";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";

// Ground truth for scripted corrections: the new text is built from pieces
// of the old one (code-point ranges) and inserted text, so where every old
// character went is known, not guessed.
export type Piece = { from: number; to: number } | { insert: string };
type Range = { start: number; end: number };

export type Provenance = {
  text: string;
  // Where an old span's words are now, if they all survived together; null if the edit touched them.
  locate(span: Range): Range | null;
  // New ranges of the old span's characters that survived (possibly none).
  survivors(span: Range): Range[];
  // Where a touched span may now lie: what is left of it plus the text
  // inserted inside or at the edges of it, and nothing beyond.
  region(span: Range): Range;
};

export function rebuild(oldText: string, pieces: readonly Piece[], region?: (span: Range) => Range): Provenance {
  const points = Array.from(oldText);
  const placed: Array<{ from: number; to: number; at: number }> = [];
  let text = "";
  let at = 0;
  for (const piece of pieces) {
    if ("insert" in piece) {
      text += piece.insert;
      at += codePointLength(piece.insert);
    } else {
      text += points.slice(piece.from, piece.to).join("");
      placed.push({ from: piece.from, to: piece.to, at });
      at += piece.to - piece.from;
    }
  }
  const survivors = (span: Range): Range[] =>
    placed.flatMap((p) => {
      const from = Math.max(p.from, span.start);
      const to = Math.min(p.to, span.end);
      return from < to ? [{ start: p.at + from - p.from, end: p.at + to - p.from }] : [];
    });
  return {
    text,
    survivors,
    region:
      region ??
      ((span) => {
        const kept = survivors(span);
        return { start: Math.min(...kept.map((r) => r.start)), end: Math.max(...kept.map((r) => r.end)) };
      }),
    locate(span) {
      const piece = placed.find((p) => p.from <= span.start && span.end <= p.to);
      return piece ? { start: piece.at + span.start - piece.from, end: piece.at + span.end - piece.from } : null;
    },
  };
}

// Code-point range of the only occurrence of `find` in `text`.
export function rangeOf(text: string, find: string): Range {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`fixture: "${find}" is not unique in the text`);
  const start = utf16ToCodePointOffset(text, at);
  return { start, end: start + codePointLength(find) };
}

// Replaces the only occurrence of `find`. Only what really differs counts as
// replaced: the common start and end of `find` and `replace` are kept text,
// so "LeT leaders" → "LeT senior leaders" is the insertion of "senior ".
export function replaceOnce(text: string, find: string, replace: string): Provenance {
  const range = rangeOf(text, find);
  const a = Array.from(find);
  const b = Array.from(replace);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = range.start + head;
  const end = range.end - tail;
  const inserted = b.slice(head, b.length - tail).join("");
  const length = codePointLength(inserted);
  // An old offset inside the replaced run maps to the replacement's near edge
  // for a span's start and its far edge for a span's end.
  const map = (offset: number, edge: "start" | "end") => {
    if (offset < start || (offset === start && edge === "start")) return offset;
    if (offset > end || (offset === end && edge === "end")) return offset - (end - start) + length;
    return edge === "start" ? start : start + length;
  };
  return rebuild(text, [{ from: 0, to: start }, { insert: inserted }, { from: end, to: codePointLength(text) }], (span) => ({
    start: map(span.start, "start"),
    end: map(span.end, "end"),
  }));
}

// Moves the paragraph that starts with `paragraphStart` to the end of the text.
export function moveParagraphToEnd(text: string, paragraphStart: string): Provenance {
  const { start } = rangeOf(text, `\n\n${paragraphStart}`);
  const from = start + 2;
  const length = codePointLength(text);
  const next = text.indexOf("\n\n", text.indexOf(paragraphStart) + 1);
  if (next < 0) throw new Error("fixture: the paragraph to move is already the last one");
  const to = utf16ToCodePointOffset(text, next);
  return rebuild(text, [{ from: 0, to: from }, { from: to + 2, to: length }, { insert: "\n\n" }, { from, to }]);
}
