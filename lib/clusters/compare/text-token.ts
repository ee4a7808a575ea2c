// One word of a member's text as compromise sees it. Offsets are code points
// into the member's text; `value` is the number the word stands for, if any
// ("three" → 3, "1,200" → 1200).
export type TextToken = {
  text: string;
  normal: string;
  root: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  value: number | null;
  // Index of the sentence the word is in, so runs never cross a full stop.
  sentence: number;
};

// A span of one member found by an extractor: the words as written.
export type TextSpan = { words: string; start: number; end: number };
