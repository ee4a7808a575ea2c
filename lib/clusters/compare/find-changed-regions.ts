import type { AlignedRun } from "@/lib/clusters/compare/align-words";
import type { Word } from "@/lib/clusters/compare/split-words";

// A place where two aligned members word things differently: the words only
// A has there and the words only B has there (either may be empty), with the
// shared words just before and after, if any.
export type ChangedRegion = { a: Word[]; b: Word[]; before: AlignedRun | null; after: AlignedRun | null };

export function findChangedRegions(runs: readonly AlignedRun[]): ChangedRegion[] {
  const regions: ChangedRegion[] = [];
  let open: ChangedRegion | null = null;
  let before: AlignedRun | null = null;
  for (const run of runs) {
    if (run.kind === "same") {
      if (open) {
        open.after = run;
        regions.push(open);
        open = null;
      }
      before = run;
      continue;
    }
    open ??= { a: [], b: [], before, after: null };
    open.a.push(...run.a);
    open.b.push(...run.b);
  }
  if (open) regions.push(open);
  return regions;
}
