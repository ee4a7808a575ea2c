"use client";

import { ExternalLinkIcon, PencilIcon, XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { EvidenceDTO } from "@/lib/annotations/annotation-dto";
import { evidenceStanceLabels } from "@/components/editor/panel/evidence-stance-labels";
import { httpUrlHost } from "@/lib/validations/http-url";

type EvidenceItemProps = { item: EvidenceDTO; onEdit?: () => void; onRemove?: () => void };

function hostOf(url: string): string {
  return httpUrlHost(url)?.replace(/^www\./, "") ?? url;
}

// One source: its title (or host) as a link that opens in a new tab, the
// stance in words and colour, and the note. Without handlers it is read-only.
export function EvidenceItem({ item, onEdit, onRemove }: EvidenceItemProps) {
  const stance = evidenceStanceLabels[item.stance];
  const label = item.title || hostOf(item.url);
  return (
    <li className="space-y-1 rounded-md border px-2.5 py-2">
      <div className="flex items-start gap-2">
        <Badge variant={stance.variant} className="mt-0.5">
          {stance.name}
        </Badge>
        {/* Rows saved before URLs were checked may hold javascript: or data:
            addresses; only http(s) ones become links. */}
        {httpUrlHost(item.url) ? (
          <a
            href={item.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="min-w-0 flex-1 break-words text-sm font-medium underline-offset-2 hover:underline"
          >
            {label}
            <ExternalLinkIcon aria-hidden="true" className="ml-1 inline size-3 align-baseline text-muted-foreground" />
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          <span className="min-w-0 flex-1 break-words text-sm font-medium" title="Not a web address, so not a link">
            {label}
          </span>
        )}
        {onEdit ? (
          <Button variant="ghost" size="icon-sm" className="-my-1 size-7" onClick={onEdit} aria-label={`Edit evidence ${label}`} title="Edit">
            <PencilIcon className="size-3.5" />
          </Button>
        ) : null}
        {onRemove ? (
          <Button variant="ghost" size="icon-sm" className="-my-1 size-7" onClick={onRemove} aria-label={`Remove evidence ${label}`} title="Remove">
            <XIcon className="size-3.5" />
          </Button>
        ) : null}
      </div>
      {item.title ? <p className="truncate text-xs text-muted-foreground">{hostOf(item.url)}</p> : null}
      {item.note ? <p className="whitespace-pre-line break-words text-xs">{item.note}</p> : null}
    </li>
  );
}
