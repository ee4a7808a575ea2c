import { codePointLength } from "./code-point-length";
import { diffSequences } from "./diff-sequences";
import { mergeShortEqualities } from "./merge-short-equalities";
import { tokenizeForDiff } from "./tokenize-for-diff";
import type { TextEdit } from "./types";

// Replaced runs up to this many code points (both sides together) are
// re-diffed character by character.
const REFINE_LIMIT = 512;

/**
 * The hunks that turn `oldText` into `newText`, in code points.
 *
 * First a shortest word-level edit script (Myers, `diffSequences`) over `tokenizeForDiff`
 * tokens, so hunks follow word boundaries; then each small replaced run is
 * re-diffed per character, so a fixed typo ("goverment" → "government") keeps
 * its unchanged letters and words glued by a deletion ("the" + "said" →
 * "thesaid") are still recognised as old text; finally short coincidental
 * equalities are folded into the edits around them (`mergeShortEqualities`).
 * Text between hunks is unchanged. A rewrite too large for the diff's budget
 * comes back as one hunk over the changed middle.
 */
export function diffTexts(oldText: string, newText: string): TextEdit[] {
  const ids = new Map<string, number>();
  const intern = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const oldTokens = tokenizeForDiff(oldText);
  const newTokens = tokenizeForDiff(newText);
  const wordEdits = diffSequences(Int32Array.from(oldTokens, intern), Int32Array.from(newTokens, intern));
  const oldOffsets = offsetsOf(oldTokens);
  const newOffsets = offsetsOf(newTokens);

  const oldPoints = codePoints(oldText);
  const newPoints = codePoints(newText);
  const edits: TextEdit[] = [];
  for (const word of wordEdits) {
    const hunk = {
      oldStart: oldOffsets[word.oldStart] as number,
      oldEnd: oldOffsets[word.oldEnd] as number,
      newStart: newOffsets[word.newStart] as number,
      newEnd: newOffsets[word.newEnd] as number,
    };
    const size = hunk.oldEnd - hunk.oldStart + (hunk.newEnd - hunk.newStart);
    if (hunk.oldStart === hunk.oldEnd || hunk.newStart === hunk.newEnd || size > REFINE_LIMIT) {
      edits.push(hunk);
      continue;
    }
    const refined = diffSequences(oldPoints.subarray(hunk.oldStart, hunk.oldEnd), newPoints.subarray(hunk.newStart, hunk.newEnd));
    for (const edit of refined) {
      edits.push({
        oldStart: hunk.oldStart + edit.oldStart,
        oldEnd: hunk.oldStart + edit.oldEnd,
        newStart: hunk.newStart + edit.newStart,
        newEnd: hunk.newStart + edit.newEnd,
      });
    }
  }
  return mergeShortEqualities(edits);
}

// offsets[i] = code-point offset where token i starts; offsets[length] = text length.
function offsetsOf(tokens: readonly string[]): Int32Array {
  const offsets = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) offsets[i + 1] = (offsets[i] as number) + codePointLength(tokens[i] as string);
  return offsets;
}

function codePoints(text: string): Int32Array {
  const points = new Int32Array(codePointLength(text));
  let i = 0;
  for (const symbol of text) points[i++] = symbol.codePointAt(0) as number;
  return points;
}
