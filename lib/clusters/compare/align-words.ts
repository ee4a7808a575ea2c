import { diffArrays } from "diff";
import type { Word } from "@/lib/clusters/compare/split-words";

// One stretch of an alignment of two word lists: words both share, or words
// only one side has. A change is a run of `removed` and `added` stretches
// between two shared ones.
export type AlignedRun = { kind: "same" | "removed" | "added"; a: Word[]; b: Word[] };

// Aligns two members' words with jsdiff's shortest edit script over word keys.
export function alignWords(a: readonly Word[], b: readonly Word[]): AlignedRun[] {
  const changes = diffArrays(
    a.map((word) => word.key),
    b.map((word) => word.key),
  );
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
