import type { CodePointIndex } from "@/lib/anchoring/types";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import { highlightRule } from "@/components/editor/highlights/highlight-rule";

export const SUGGESTION_STYLE = { mention: "cd-suggestion", claim: "cd-suggestion-claim", focused: "cd-suggestion-focused" } as const;
export const SUGGESTION_ID_PREFIX = "suggestion:";

/**
 * Ghost highlights: suggestions painted by the same renderer as annotations
 * (ids prefixed so they never collide with an annotation's), in their own
 * faint dotted styles. Code points → UTF-16 → ProseMirror position (+1).
 */
export function suggestionSpans(suggestions: readonly SuggestionDTO[], index: CodePointIndex, focusedKey: string | null): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const s of suggestions) {
    if (s.end > index.length) continue;
    const styles: string[] = [s.kind === "CLAIM" ? SUGGESTION_STYLE.claim : SUGGESTION_STYLE.mention];
    if (s.key === focusedKey) styles.push(SUGGESTION_STYLE.focused);
    spans.push({ id: SUGGESTION_ID_PREFIX + s.key, from: index.toUtf16(s.start) + 1, to: index.toUtf16(s.end) + 1, styles });
  }
  return spans;
}

// The ghost styles, appended to the editor's highlight stylesheet.
export const suggestionStylesheet = [
  highlightRule(SUGGESTION_STYLE.mention, "text-decoration: underline dotted 2px var(--muted-foreground); background-color: color-mix(in oklab, var(--muted-foreground) 8%, transparent);"),
  highlightRule(SUGGESTION_STYLE.claim, "text-decoration: underline dotted 1px color-mix(in oklab, var(--muted-foreground) 60%, transparent);"),
  highlightRule(SUGGESTION_STYLE.focused, "background-color: color-mix(in oklab, var(--primary) 14%, transparent); text-decoration: underline dashed 2px var(--primary);"),
].join("\n");
