"use client";

import type { ButtonProps } from "@/components/ui/button";
import { Button } from "@/components/ui/button";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";

export type DialogAction = {
  label: string;
  /** Shown while the action runs (the button is disabled meanwhile). */
  pendingLabel: string;
  pending: boolean;
  disabled?: boolean;
  variant?: ButtonProps["variant"];
  onClick: () => void;
};

/**
 * The end of a dialog that asks before doing one thing: the server's refusal
 * (if any) as an alert, then Cancel (closes, changes nothing) and the action.
 * Without an action (nothing may be done), only the closing button.
 */
export function DialogActionFooter({ error, action, cancelLabel = "Cancel" }: { error: string | null; action: DialogAction | null; cancelLabel?: string }) {
  return (
    <>
      {error ? (
        <Alert variant="destructive">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{cancelLabel}</Button>
        </DialogClose>
        {action ? (
          <Button variant={action.variant} disabled={action.pending || action.disabled} onClick={action.onClick}>
            {action.pending ? action.pendingLabel : action.label}
          </Button>
        ) : null}
      </DialogFooter>
    </>
  );
}
