import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";

export type ConvertedOffsets = { start: number; end: number; warning?: string } | { error: string };

/**
 * Label Studio region offsets → code points. Label Studio's browser editor
 * counts UTF-16 code units (JS string indices), while Claimdesk's own Label
 * Studio export writes code points; they differ only for text with
 * characters outside the BMP (emoji). When the region carries its `text`,
 * the unit whose slice equals it wins; without it UTF-16 is assumed (what
 * Label Studio itself writes) and a warning says so.
 */
export function labelStudioOffsets(text: string, start: number, end: number, quote: string | null): ConvertedOffsets {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    return { error: `start (${start}) and end (${end}) must be whole numbers with 0 ≤ start < end.` };
  }
  const index = createCodePointIndex(text);
  if (index.length === text.length) {
    if (end > text.length) return { error: `end (${end}) is past the end of the text (${text.length} characters).` };
    return { start, end };
  }
  const asUtf16 = (): ConvertedOffsets => {
    if (end > text.length) return { error: `end (${end}) is past the end of the text (${text.length} UTF-16 units).` };
    try {
      return { start: index.toCodePoint(start), end: index.toCodePoint(end) };
    } catch {
      return { error: `start (${start}) or end (${end}) falls inside a character (half of a surrogate pair).` };
    }
  };
  if (quote !== null) {
    if (end <= index.length && index.slice(start, end) === quote) return { start, end };
    if (end <= text.length && text.slice(start, end) === quote) return asUtf16();
    return { error: `The region's text "${quote}" is not what the task text holds between ${start} and ${end} (in UTF-16 units or code points).` };
  }
  const converted = asUtf16();
  return "error" in converted ? converted : { ...converted, warning: "Offsets read as UTF-16 units (the region has no text to check them against)." };
}
