import type { DifferenceKind, DifferenceSide } from "@/lib/clusters/cluster-difference";

// One member's side of a conflict; `value` is the fact as normalised ("3" for
// "three" and "3"), so the description names each distinct value once.
export type ConflictSide = DifferenceSide & { value: string };

// Two members' words that disagree on one fact; merged into differences later.
export type MemberConflict = { kind: DifferenceKind; a: ConflictSide; b: ConflictSide };
