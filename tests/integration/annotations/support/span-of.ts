import { codePointLength } from "@/lib/anchoring/code-point-length";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";

// The code-point span of the `occurrence`-th `needle` in `text`, with its exact text.
export function spanOf(text: string, needle: string, occurrence = 1): { start: number; end: number; exact: string } {
  let from = -1;
  for (let n = 0; n < occurrence; n++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  const start = codePointLength(text.slice(0, from));
  const end = start + codePointLength(needle);
  return { start, end, exact: sliceCodePoints(text, start, end) };
}
