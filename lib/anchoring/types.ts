// Anchoring: where an annotation sits in an article's canonical text, and how
// to find it again in the same text or in a later revision.
//
// UNITS. Every offset in this module counts Unicode CODE POINTS, half-open
// [start, end), as the W3C TextPositionSelector and Python slicing do; never
// UTF-16 code units (JS string indices). "😀" and "𝔘" are one code point each
// (two UTF-16 units); a flag such as "🇵🇰" is two code points (two regional
// indicators); "e\u0301" is two. A lone surrogate counts as one. Lengths of
// `exact`/`prefix`/`suffix` are code points too. Convert at the edges with
// `lib/article-content` (codePointToUtf16Offset, utf16ToCodePointOffset) or,
// for repeated use on one text, `createCodePointIndex`.
//
// SHAPES. Stored selectors (what the database keeps, W3C names) are kept apart
// from live results (what anchoring found in a given text), as recogito's
// text-annotator does: a selector never carries a "found" range, and a result
// never pretends to be a selector.
//
// STRATEGY (hypothesis/client's): anchor by position first and verify the
// quote there; else look for the quote exactly, disambiguated by its 32 code
// points of prefix/suffix; else fuzzy-match it near the old position. Across
// revisions (`reanchorAnnotations`) the old position is first carried through
// a diff of the two texts. When the evidence is weak the answer is "orphaned":
// an annotation on the wrong words is worse than a missing one.

/** W3C TextPositionSelector: code-point offsets into the canonical text. */
export type TextPositionSelector = {
  type: "TextPositionSelector";
  start: number;
  end: number;
};

/** W3C TextQuoteSelector: the quoted text and up to 32 code points either side. */
export type TextQuoteSelector = {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
};

/** What matching needs from a quote selector; stored rows without `type` fit too. */
export type QuoteLike = Pick<TextQuoteSelector, "exact" | "prefix" | "suffix">;

/** A live range in one specific text (code points, half-open). */
export type TextRange = { start: number; end: number };

/** An approximate match; `score` is in [0, 1], 1 for an exact match in an exact context. */
export type FuzzyQuoteMatch = TextRange & { score: number; errors: number };

export type AnchorMethod = "position" | "quote" | "fuzzy";

/**
 * Where `anchorSelectors` put a selector pair. "position": the stored position
 * still holds the quote. "quote": the exact quote was found elsewhere.
 * "fuzzy": an approximate match; the covered text differs from `exact`.
 */
export type AnchorResult = TextRange & { method: AnchorMethod };

/**
 * One hunk of a diff between two texts: old [oldStart, oldEnd) was replaced by
 * new [newStart, newEnd). Either side may be empty (pure insertion or
 * deletion). Hunks are sorted, disjoint and never adjacent; the text between
 * them is equal in both versions.
 */
export type TextEdit = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** Which way an offset goes when text was inserted exactly there (or it lies inside a replaced run). */
export type MapBias = "left" | "right";

/** An annotation as stored against the old revision. */
export type ReanchorInput = {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export type ReanchorMethod = "mapped" | "quote" | "fuzzy";

export type ReanchoredAnnotation = {
  id: string;
  status: "anchored";
  start: number;
  end: number;
  method: ReanchorMethod;
  // The new text between start and end differs from the old `exact`.
  textChanged: boolean;
};

export type OrphanedAnnotation = { id: string; status: "orphaned"; reason: string };

export type ReanchorResult = ReanchoredAnnotation | OrphanedAnnotation;

/** Fast code-point ⇄ UTF-16 conversion for one text, for repeated use. */
export type CodePointIndex = {
  readonly text: string;
  /** Length of the text in code points. */
  readonly length: number;
  /** UTF-16 offset of a code-point offset in 0..length. */
  toUtf16(codePoint: number): number;
  /** Code-point offset of a UTF-16 offset; throws inside a surrogate pair. */
  toCodePoint(utf16Offset: number): number;
  /** The text between two code-point offsets. */
  slice(start: number, end: number): string;
};

export type FuzzyMatchOptions = {
  /** Expected start (code points): among close scores, the nearer match wins. */
  hint?: number;
  /** Only matches wholly inside this range count; context is still read from the whole text. */
  scope?: TextRange;
  /** Most edits (insertions, deletions, substitutions) allowed; default min(256, exact length / 2), as Hypothesis. */
  maxErrors?: number;
};

/** A match found by edit distance; `errors` is the number of code-point edits. */
export type ApproximateMatch = TextRange & { errors: number };

/** What re-anchoring one annotation needs about a pair of revisions; built once per pair. */
export type RevisionPair = {
  oldIndex: CodePointIndex;
  newIndex: CodePointIndex;
  edits: readonly TextEdit[];
};
