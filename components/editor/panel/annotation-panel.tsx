"use client";

import { XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AnnotationPanelProps } from "@/components/editor/panel/types";

// Skeleton: the full claim / mention panel follows; the props are the fixed contract.
export function AnnotationPanel({ annotation, canEdit, onClose, onDelete }: AnnotationPanelProps) {
  const isClaim = annotation.kind === "CLAIM";
  return (
    <aside aria-label={isClaim ? "Claim" : "Entity mention"} className="flex w-[22rem] flex-col gap-3 overflow-y-auto border-l p-4">
      <div className="flex items-center justify-between gap-2">
        <Badge variant={isClaim ? "claim" : "entity"}>{isClaim ? "Claim" : "Entity mention"}</Badge>
        <Button variant="ghost" size="icon-sm" aria-label="Close panel" onClick={onClose}>
          <XIcon />
        </Button>
      </div>
      <blockquote className="border-l-2 pl-3 text-sm">{annotation.exact}</blockquote>
      <Button variant="outline" size="sm" disabled={!canEdit} onClick={onDelete}>
        Delete
      </Button>
    </aside>
  );
}
