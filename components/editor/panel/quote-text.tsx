"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { truncateQuote } from "@/components/editor/panel/truncate-quote";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

const QUOTE_PREVIEW_CODE_POINTS = 220;

type QuoteTextProps = { text: string; kind: AnnotationKind };

// The annotated words, tinted like their highlight, shortened when long.
export function QuoteText({ text, kind }: QuoteTextProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const preview = truncateQuote(text, QUOTE_PREVIEW_CODE_POINTS);
  return (
    <figure className="space-y-1">
      <blockquote
        id={id}
        className={cn(
          "whitespace-pre-line break-words rounded-md border-l-4 px-3 py-2 text-sm leading-relaxed",
          kind === "CLAIM" ? "border-claim-border bg-claim/60" : "border-entity-border bg-entity/60",
        )}
      >
        {expanded ? text : preview.text}
      </blockquote>
      {preview.truncated ? (
        <Button
          variant="link"
          size="sm"
          className="h-auto p-0 text-xs"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? "Show less" : `Show all ${Array.from(text).length.toLocaleString("en")} characters`}
        </Button>
      ) : null}
    </figure>
  );
}
