"use client";

import { useState } from "react";
import { useActionDialog } from "@/components/forms/use-action-dialog";
import { SplitIcon } from "lucide-react";
import { matchesAlias } from "@/lib/entities/matches-alias";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DialogActionFooter } from "@/components/ui/dialog-action-footer";
import { postEntityAction } from "./post-entity-action";

type Mention = { id: string; exact: string; articleTitle: string };
type Props = { projectSlug: string; entity: { id: string; name: string; version: number }; alias: string; mentions: Mention[] };

/**
 * Splits one alias off into a new entity (for two things taken for one),
 * taking along the mentions ticked here: only those whose words are the
 * alias are offered, all ticked to start with.
 */
export function SplitAliasDialog({ projectSlug, entity, alias, mentions }: Props) {
  const matching = mentions.filter((m) => matchesAlias(m.exact, alias));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(matching.map((m) => m.id)));
  const { open, onOpenChange, error, pending, run } = useActionDialog();

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const split = () => run(() => postEntityAction(projectSlug, entity.id, "split", { version: entity.version, alias, mentionIds: [...chosen] }));

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon-sm" className="size-6" aria-label={`Split “${alias}” off into its own entity`} title="Split off into its own entity">
          <SplitIcon className="size-3.5" />
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Split “{alias}” off “{entity.name}”</DialogTitle>
          <DialogDescription>
            “{alias}” becomes a new entity of the same type. Mentions ticked below move to it, with the claim links made through them.
          </DialogDescription>
        </DialogHeader>
        {matching.length === 0 ? (
          <p className="text-sm text-muted-foreground">No mention of this entity reads “{alias}”: only the alias moves.</p>
        ) : (
          <ul className="max-h-64 space-y-1 overflow-y-auto">
            {matching.map((m) => (
              <li key={m.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
                  <span className="font-medium">{m.exact}</span>
                  <span className="truncate text-muted-foreground">in {m.articleTitle}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <DialogActionFooter error={error} action={{ label: `Split “${alias}” off`, pendingLabel: "Splitting…", pending, onClick: split }} />
      </DialogContent>
    </Dialog>
  );
}
