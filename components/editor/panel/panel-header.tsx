"use client";

import { Trash2Icon, XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format/format-date";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { QuoteText } from "@/components/editor/panel/quote-text";
import { SaveFailure } from "@/components/editor/panel/save-failure";
import { SaveStatus } from "@/components/editor/panel/save-status";
import type { SaveState } from "@/components/editor/panel/types";

type PanelHeaderProps = {
  annotation: AnnotationDTO;
  headingId: string;
  canEdit: boolean;
  saveState: SaveState;
  onClose: () => void;
  onDelete: () => void;
};

export function PanelHeader({ annotation, headingId, canEdit, saveState, onClose, onDelete }: PanelHeaderProps) {
  const isClaim = annotation.kind === "CLAIM";
  const kindName = isClaim ? "Claim" : "Entity mention";
  return (
    <header className="space-y-3">
      <div className="flex items-center gap-2">
        <h2 id={headingId} className="contents">
          <Badge variant={isClaim ? "claim" : "entity"}>{kindName}</Badge>
        </h2>
        <div className="min-w-0 flex-1">
          <SaveStatus status={saveState.status} />
        </div>
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={onDelete}
          disabled={!canEdit}
          aria-label={`Delete ${kindName.toLowerCase()}`}
          title={`Delete ${kindName.toLowerCase()}`}
          className="text-muted-foreground hover:text-destructive"
        >
          <Trash2Icon />
        </Button>
        <Button variant="ghost" size="icon-sm" onClick={onClose} aria-label="Close panel" title="Close (Esc)">
          <XIcon />
        </Button>
      </div>
      {saveState.status === "failed" ? <SaveFailure error={saveState.error} retry={saveState.retry} /> : null}
      <QuoteText text={annotation.exact} kind={annotation.kind} />
      <p className="text-xs text-muted-foreground">
        {annotation.author.name} · <time dateTime={annotation.createdAt}>{formatDate(annotation.createdAt)}</time>
        {annotation.updatedAt !== annotation.createdAt ? (
          <>
            {" "}
            · edited <time dateTime={annotation.updatedAt}>{formatDate(annotation.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </header>
  );
}
