import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";

export type ConvertedOffsets = { start: number; end: number; warning?: string } | { error: string };

// What a task says about its offsets: Claimdesk's exports mark it
// (data.claimdesk_offsets); anything else is Label Studio's own convention.
export type LabelStudioOffsetUnit = "utf-16" | "code-points";

/**
 * Label Studio region offsets → code points. Label Studio's browser editor
 * counts UTF-16 code units (JS string indices), and so does Claimdesk's Label
 * Studio export since format version 2; version 1 wrote code points. They
 * differ only for text with characters outside the BMP (emoji). The task's
 * `unit` is read first; when the region carries its `text` and that does not
 * match in `unit` but does in the other unit, the other wins with a warning
 * (a file edited by hand, or mislabelled).
 */
export function labelStudioOffsets(text: string, start: number, end: number, quote: string | null, unit: LabelStudioOffsetUnit = "utf-16"): ConvertedOffsets {
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
  const asCodePoints = (): ConvertedOffsets =>
    end > index.length ? { error: `end (${end}) is past the end of the text (${index.length} code points).` } : { start, end };
  const matchesUtf16 = quote !== null && end <= text.length && text.slice(start, end) === quote;
  const matchesCodePoints = quote !== null && end <= index.length && index.slice(start, end) === quote;
  if (quote === null || (unit === "utf-16" ? matchesUtf16 : matchesCodePoints)) return unit === "utf-16" ? asUtf16() : asCodePoints();
  if (unit === "utf-16" && matchesCodePoints) return { ...(asCodePoints() as { start: number; end: number }), warning: "Offsets read as code points: the region's text matches them, not UTF-16 units." };
  if (unit === "code-points" && matchesUtf16) {
    const converted = asUtf16();
    return "error" in converted ? converted : { ...converted, warning: "Offsets read as UTF-16 units: the region's text matches them, not code points." };
  }
  return { error: `The region's text "${quote}" is not what the task text holds between ${start} and ${end} (in UTF-16 units or code points).` };
}
