"use client";

import { useActionDialog } from "@/components/forms/use-action-dialog";
import { Trash2Icon } from "lucide-react";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DialogActionFooter } from "@/components/ui/dialog-action-footer";

type Props = {
  projectSlug: string;
  entity: EntityDTO;
  /** "2 entity mentions and 1 claim" when something still uses it, else null. */
  usedBy: string | null;
};

/**
 * Deletes an entity after a confirmation. One still in use is explained
 * instead (the server refuses it too, also when it became used meanwhile:
 * that message is shown in the dialog).
 */
export function DeleteEntityButton({ projectSlug, entity, usedBy }: Props) {
  const { open, onOpenChange, error, pending, run } = useActionDialog();

  const remove = () =>
    run(async () => {
      const url = `/api/projects/${encodeURIComponent(projectSlug)}/entities/${encodeURIComponent(entity.id)}?version=${entity.version}`;
      try {
        await apiRequest(url, { method: "DELETE" });
        return null;
      } catch (failure) {
        return failure instanceof ApiRequestError ? failure.message : "Could not delete the entity. Try again.";
      }
    });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Delete ${entity.name}`}>
          <Trash2Icon aria-hidden="true" />
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete “{entity.name}”?</DialogTitle>
          <DialogDescription>
            {usedBy
              ? `It is still used by ${usedBy}. Unlink it there first (in each claim's or mention's panel); an entity in use is never unlinked for you.`
              : "It disappears from the registry and can no longer be linked. Its history stays in the audit log."}
          </DialogDescription>
        </DialogHeader>
        <DialogActionFooter
          error={error}
          cancelLabel={usedBy ? "Close" : "Cancel"}
          action={usedBy ? null : { label: "Delete entity", pendingLabel: "Deleting…", pending, variant: "destructive", onClick: remove }}
        />
      </DialogContent>
    </Dialog>
  );
}
