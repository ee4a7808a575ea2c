// Wire and input shapes shared by the cluster page, the cluster API and the
// comparison logic. Offsets are code points, relative to the member's text.

export type DifferenceKind = "date" | "number" | "entity" | "other";

// One member's words as the comparison sees them.
export type ComparedMember = {
  memberId: string;
  articleId: string;
  text: string;
  publishedAt: Date | null;
};

// The words in one member that take part in a difference.
export type DifferenceSide = { memberId: string; words: string; start: number; end: number };

// A fact the members disagree on: a date, relative time, number or named
// entity that differs, with the words marked in every member involved.
export type ClusterDifference = { kind: DifferenceKind; description: string; sides: DifferenceSide[] };

// Members whose wording is near-identical (syndicated copy) count as one source.
export type IndependentSources = { count: number; groups: string[][] };
