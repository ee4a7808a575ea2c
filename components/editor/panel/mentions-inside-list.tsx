"use client";

import { LinkIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { AnnotationDTO, ClaimEntityDTO } from "@/lib/annotations/annotation-dto";
import { LabelDot } from "@/components/editor/panel/label-dot";
import { linkableMentions } from "@/components/editor/panel/linkable-mentions";
import type { LabelOption } from "@/components/editor/panel/types";

type MentionsInsideListProps = {
  mentions: readonly AnnotationDTO[];
  links: readonly ClaimEntityDTO[];
  nameOf: (entityId: string) => string;
  typeOf: (mention: AnnotationDTO) => LabelOption | undefined;
  disabled: boolean;
  onLink: (mention: AnnotationDTO) => void;
  onLinkAll: (mentions: AnnotationDTO[]) => void;
};

// Entities already marked in the claim's words are the likeliest to link:
// one click each, and the link remembers which mention names the entity.
export function MentionsInsideList({ mentions, links, nameOf, typeOf, disabled, onLink, onLinkAll }: MentionsInsideListProps) {
  const linkable = linkableMentions(mentions, links);
  const withoutEntity = mentions.filter((mention) => !mention.entityId && !mention.deletedAt).length;
  if (linkable.length === 0 && withoutEntity === 0) return null;
  return (
    <div className="space-y-1.5 rounded-md bg-muted/60 p-2.5">
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs font-medium">Mentions inside this claim</p>
        {linkable.length > 1 ? (
          <Button
            variant="link"
            size="sm"
            className="h-auto p-0 text-xs"
            disabled={disabled}
            onClick={() => onLinkAll(linkable.map((item) => item.mention))}
          >
            Link all {linkable.length}
          </Button>
        ) : null}
      </div>
      {linkable.length > 0 ? (
        <ul className="space-y-1" aria-label="Mentions inside this claim">
          {linkable.map(({ mention, entityId }) => {
            const name = nameOf(entityId);
            const type = typeOf(mention);
            return (
              <li key={mention.id} className="flex items-center gap-2 text-sm">
                <LabelDot color={type?.color} className="size-2" />
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-medium">{name}</span>
                  {mention.exact !== name ? <span className="text-muted-foreground"> “{mention.exact}”</span> : null}
                </span>
                <Button
                  variant="outline"
                  size="sm"
                  className="h-7 px-2 text-xs"
                  disabled={disabled}
                  onClick={() => onLink(mention)}
                  aria-label={`Link ${name}${type ? ` (${type.name})` : ""}`}
                >
                  <LinkIcon aria-hidden="true" className="size-3" />
                  Link
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {withoutEntity > 0 ? (
        <p className="text-xs text-muted-foreground">
          {withoutEntity === 1 ? "1 mention has" : `${withoutEntity} mentions have`} no entity yet: open the mention to choose one.
        </p>
      ) : null}
    </div>
  );
}
