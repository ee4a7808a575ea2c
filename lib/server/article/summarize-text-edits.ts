import type { CodePointIndex, TextEdit } from "@/lib/anchoring/types";

export type TextChange = {
  // Code-point offset of the change in the old text.
  at: number;
  removed: string;
  inserted: string;
  // A few words of unchanged text either side, for reading the change in place.
  before: string;
  after: string;
};

export type TextEditSummary = {
  changes: number;
  insertedCharacters: number;
  deletedCharacters: number;
  // The first changes only; `changes` counts them all.
  shown: TextChange[];
};

const CONTEXT = 24;
const SHOWN_TEXT_MAX = 240;

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/**
 * A readable account of a diff for the revise page: how much changed, and
 * the first `limit` changes with a little unchanged context. The diff works
 * per character inside words ("fresh" → "renewed" is "f" deleted and "sh" →
 * "newed"); people read whole words, so changes are shown widened to the
 * words they split. Removed and inserted runs are cut to a few hundred
 * characters (a moved paragraph would otherwise be shown whole, twice).
 * Character counts are the diff's own, in code points.
 */
export function summarizeTextEdits(oldIndex: CodePointIndex, newIndex: CodePointIndex, edits: readonly TextEdit[], limit = 50): TextEditSummary {
  let inserted = 0;
  let deleted = 0;
  for (const edit of edits) {
    inserted += edit.newEnd - edit.newStart;
    deleted += edit.oldEnd - edit.oldStart;
  }
  const words = widenToWords(oldIndex, newIndex, edits);
  const shown = words.slice(0, limit).map((edit) => ({
    at: edit.oldStart,
    removed: clip(oldIndex.slice(edit.oldStart, edit.oldEnd)),
    inserted: clip(newIndex.slice(edit.newStart, edit.newEnd)),
    before: oldIndex.slice(Math.max(0, edit.oldStart - CONTEXT), edit.oldStart),
    after: oldIndex.slice(edit.oldEnd, Math.min(oldIndex.length, edit.oldEnd + CONTEXT)),
  }));
  return { changes: words.length, insertedCharacters: inserted, deletedCharacters: deleted, shown };
}

// Hunks with only word characters between them are one change; a change
// that starts or ends inside a word takes in the rest of that word. The text
// between hunks is the same in both versions, so widening moves both sides.
function widenToWords(oldIndex: CodePointIndex, newIndex: CodePointIndex, edits: readonly TextEdit[]): TextEdit[] {
  const isWord = (index: CodePointIndex, at: number) => at >= 0 && at < index.length && WORD_CHAR.test(index.slice(at, at + 1));
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const last = merged.at(-1);
    if (last && !/[^\p{L}\p{N}\p{M}_]/u.test(oldIndex.slice(last.oldEnd, edit.oldStart))) {
      merged[merged.length - 1] = { ...last, oldEnd: edit.oldEnd, newEnd: edit.newEnd };
    } else {
      merged.push({ ...edit });
    }
  }
  return merged.map((edit) => {
    let { oldStart, oldEnd, newStart, newEnd } = edit;
    // Only the changed characters at each edge say whether the change is inside a word.
    const removed = oldEnd > oldStart;
    const added = newEnd > newStart;
    const splitsLeft = (removed && isWord(oldIndex, oldStart)) || (added && isWord(newIndex, newStart));
    const splitsRight = (removed && isWord(oldIndex, oldEnd - 1)) || (added && isWord(newIndex, newEnd - 1));
    while (splitsLeft && isWord(oldIndex, oldStart - 1)) {
      oldStart--;
      newStart--;
    }
    while (splitsRight && isWord(oldIndex, oldEnd)) {
      oldEnd++;
      newEnd++;
    }
    return { oldStart, oldEnd, newStart, newEnd };
  });
}

function clip(text: string): string {
  const points = Array.from(text);
  if (points.length <= SHOWN_TEXT_MAX) return text;
  const half = SHOWN_TEXT_MAX / 2;
  return `${points.slice(0, half).join("")} … ${points.slice(-half).join("")}`;
}
