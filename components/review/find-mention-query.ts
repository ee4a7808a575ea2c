export type MentionQuery = { start: number; query: string };

// The @mention being typed at the caret, if any: an `@` at the start or after
// whitespace or an opening bracket, followed by no space up to the caret.
// `start` is the index of the `@`, `query` what follows it. Pure.
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s([{])@([^\s@]*)$/.exec(before);
  if (!match) return null;
  const query = match[2] ?? "";
  return { start: caret - query.length - 1, query };
}
