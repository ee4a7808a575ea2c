import { diffArrays } from "diff";
import type { Word } from "@/lib/clusters/compare/split-words";

// One stretch of an alignment of two word lists: words both share, or words
// only one side has. A change is a run of `removed` and `added` stretches
// between two shared ones.
export type AlignedRun = { kind: "same" | "removed" | "added"; a: Word[]; b: Word[] };

// Members this different share no wording worth aligning; the bound keeps
// the edit script's cost (length × edits) small for long, unrelated texts.
const MAX_EDITS = 1000;

// Aligns two members' words with jsdiff's shortest edit script over word keys.
// Past MAX_EDITS the texts are treated as sharing nothing.
export function alignWords(a: readonly Word[], b: readonly Word[]): AlignedRun[] {
  const changes = diffArrays(
    a.map((word) => word.key),
    b.map((word) => word.key),
    { maxEditLength: MAX_EDITS },
  );
  if (!changes) {
    return [
      { kind: "removed", a: [...a], b: [] },
      { kind: "added", a: [], b: [...b] },
    ].filter((run) => run.a.length + run.b.length > 0) as AlignedRun[];
  }
  const runs: AlignedRun[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      runs.push({ kind: "added", a: [], b: b.slice(j, j + count) });
      j += count;
    } else if (change.removed) {
      runs.push({ kind: "removed", a: a.slice(i, i + count), b: [] });
      i += count;
    } else {
      runs.push({ kind: "same", a: a.slice(i, i + count), b: b.slice(j, j + count) });
      i += count;
      j += count;
    }
  }
  return runs;
}
