"use client";

import { useLayoutEffect, useRef } from "react";
import type { Editor } from "@tiptap/react";
import type { PositionRange } from "@/lib/tiptap/article-selection/types";
import type { LabelOption } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";

type Props = {
  editor: Editor;
  range: PositionRange;
  entityTypes: readonly LabelOption[];
  onCreateClaim: () => void;
  onCreateMention: (entityTypeId: string) => void;
};

const GAP = 8;

function rectsOf(editor: Editor, range: PositionRange): DOMRectList | null {
  try {
    const start = editor.view.domAtPos(range.from, 1);
    const end = editor.view.domAtPos(range.to, -1);
    const dom = document.createRange();
    dom.setStart(start.node, start.offset);
    dom.setEnd(end.node, end.offset);
    return dom.getClientRects();
  } catch {
    return null;
  }
}

/**
 * The small bar over a selection: Claim, and one button per entity type with
 * its digit. It never takes focus (pressing a button keeps the selection in
 * the text); the same actions are on the keyboard (C, 1–9) and in the
 * command palette, so it is a pointer convenience.
 */
export function SelectionToolbar({ editor, range, entityTypes, onCreateClaim, onCreateMention }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  // Placed by writing the style directly: it follows scrolling every frame
  // without re-rendering anything.
  useLayoutEffect(() => {
    const place = () => {
      const rects = rectsOf(editor, range);
      const bar = ref.current;
      const first = rects?.[0];
      const last = rects?.[rects.length - 1];
      if (!bar) return;
      if (!first || !last) {
        bar.style.visibility = "hidden";
        return;
      }
      const width = bar.offsetWidth;
      const height = bar.offsetHeight;
      const header = document.querySelector("header")?.getBoundingClientRect().bottom ?? 0;
      const above = first.top - height - GAP;
      const top = above > header + GAP ? above : last.bottom + GAP;
      const line = above > header + GAP ? first : last;
      const anchorLeft = line.left + line.width / 2 - width / 2;
      const left = Math.max(GAP, Math.min(anchorLeft, window.innerWidth - width - GAP));
      bar.style.left = `${left}px`;
      bar.style.top = `${top}px`;
      bar.style.visibility = "visible";
    };
    place();
    window.addEventListener("scroll", place, { passive: true, capture: true });
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, { capture: true });
      window.removeEventListener("resize", place);
    };
  }, [editor, range]);

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate the selected text"
      data-testid="selection-toolbar"
      // Keep the text selection: a mousedown here would move focus out of the editor.
      onMouseDown={(event) => event.preventDefault()}
      className="fixed z-40 flex max-w-[min(34rem,calc(100vw-1rem))] items-start gap-0.5 rounded-lg border bg-popover p-1 text-popover-foreground shadow-lg animate-pop-in"
      style={{ left: 0, top: 0, visibility: "hidden" }}
    >
      <Button size="sm" variant="ghost" className="h-7 gap-1 px-1.5 text-xs" onClick={onCreateClaim} aria-keyshortcuts="C">
        <span aria-hidden="true" className="size-2.5 rounded-sm bg-claim-border" />
        Claim
        <kbd className="rounded border px-1 font-mono text-[0.625rem] text-muted-foreground">C</kbd>
      </Button>
      <span aria-hidden="true" className="mx-0.5 mt-1 h-5 w-px shrink-0 bg-border" />
      <div className="flex flex-wrap gap-0.5">
        {entityTypes.map((type) => (
          <Button
            key={type.id}
            size="sm"
            variant="ghost"
            className="h-7 gap-1 px-1.5 text-xs"
            onClick={() => onCreateMention(type.id)}
            aria-keyshortcuts={type.hotkey ?? undefined}
          >
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: type.color }} />
            {type.name}
            {type.hotkey ? <kbd className="rounded border px-1 font-mono text-[0.625rem] text-muted-foreground">{type.hotkey}</kbd> : null}
          </Button>
        ))}
      </div>
    </div>
  );
}
