import { AppError } from "@/lib/errors/app-error";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { codePointLength } from "@/lib/anchoring/code-point-length";

export type SpanInput = { start: number; end: number; exact: string; prefix?: string; suffix?: string };
export type CheckedSpan = { start: number; end: number; exact: string; prefix: string; suffix: string };

// A span the client sends must describe the text it is placed on: offsets in
// range (code points), `exact` equal to the covered text, and prefix/suffix,
// when sent, equal to the text right before/after it. A mismatch nearly
// always means the client has an older text or counted UTF-16 units, and
// storing it would put the annotation on other words. The stored context is
// always the server's own (describeQuote), so every row has the same shape.
export function validateAnnotationSpan(text: string, span: SpanInput): CheckedSpan {
  const index = createCodePointIndex(text);
  const { start, end } = span;
  if (end <= start) throw new AppError("BAD_REQUEST", "end must be greater than start: empty spans cannot be annotated.");
  if (end > index.length) {
    throw new AppError("BAD_REQUEST", `end (${end}) is past the end of the article text (${index.length} characters, counted in Unicode code points).`);
  }
  if (index.slice(start, end) !== span.exact) {
    throw new AppError(
      "BAD_REQUEST",
      "exact does not match the article text between start and end. Offsets count Unicode code points; if the article changed, reload it.",
    );
  }
  if (span.prefix !== undefined) {
    const length = codePointLength(span.prefix);
    if (length > start || index.slice(start - length, start) !== span.prefix) {
      throw new AppError("BAD_REQUEST", "prefix does not match the article text just before the span.");
    }
  }
  if (span.suffix !== undefined) {
    const length = codePointLength(span.suffix);
    if (end + length > index.length || index.slice(end, end + length) !== span.suffix) {
      throw new AppError("BAD_REQUEST", "suffix does not match the article text just after the span.");
    }
  }
  const quote = describeQuote(text, start, end);
  return { start, end, exact: span.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" };
}
