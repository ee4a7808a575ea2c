"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";

/**
 * The state of a dialog that asks before one server action (merge, split,
 * delete): open or not, the action's refusal (cleared when the dialog
 * opens again), and `run`, which awaits the action — a message when refused,
 * null when done — and on success closes the dialog, calls `done` and
 * re-reads the page.
 */
export function useActionDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) setError(null);
  };
  const run = (action: () => Promise<string | null>, done?: () => void) =>
    startTransition(async () => {
      const failure = await action();
      if (failure) return setError(failure);
      setOpen(false);
      done?.();
      router.refresh();
    });
  return { open, onOpenChange, error, pending, run };
}
