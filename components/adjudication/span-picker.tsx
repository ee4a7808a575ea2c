"use client";

import { useRef, useState } from "react";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import { Button } from "@/components/ui/button";

export type PickedSpan = { start: number; end: number; exact: string };

type Props = { excerpt: { text: string; start: number }; value: PickedSpan | null; onChange: (span: PickedSpan | null) => void };

// Draws a new span for the gold layer: the adjudicator selects words in the
// text around the group and takes the selection. Offsets are code points into
// the article, like every stored span (the excerpt is one text node, so a DOM
// offset is a UTF-16 offset into it).
export function SpanPicker({ excerpt, value, onChange }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  const take = () => {
    const selection = window.getSelection();
    const node = ref.current?.firstChild;
    if (!selection || selection.rangeCount === 0 || !node) return setHint("Select some words in the text above first.");
    const range = selection.getRangeAt(0);
    if (range.startContainer !== node || range.endContainer !== node || range.collapsed) return setHint("Select some words in the text above first.");
    const before = excerpt.text.slice(0, range.startOffset);
    const exact = excerpt.text.slice(range.startOffset, range.endOffset);
    const start = excerpt.start + codePointLength(before);
    setHint(null);
    onChange({ start, end: start + codePointLength(exact), exact });
  };
  return (
    <div className="flex flex-col gap-2">
      <p ref={ref} className="rounded-md border bg-muted/40 p-3 text-sm leading-relaxed whitespace-pre-wrap" data-testid="span-picker-text">{excerpt.text}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="sm" variant="outline" onClick={take}>Use selected text</Button>
        {value ? <span className="text-sm">“{value.exact}”</span> : <span className="text-xs text-muted-foreground">No span chosen yet.</span>}
      </div>
      {hint ? <p className="text-xs text-destructive" role="status">{hint}</p> : null}
    </div>
  );
}
