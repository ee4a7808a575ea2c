"use client";

import { XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { Toast } from "./use-toasts";

type Props = { toasts: readonly Toast[]; onDismiss: (id: number) => void };

// Always mounted, so screen readers announce each toast as it arrives.
export function ToastRegion({ toasts, onDismiss }: Props) {
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          data-testid="toast"
          className={cn(
            "pointer-events-auto flex max-w-md items-center gap-3 rounded-lg border bg-popover py-2 pl-4 pr-2 text-sm text-popover-foreground shadow-lg animate-pop-in",
            toast.tone === "error" && "border-destructive/40",
          )}
        >
          <p className="min-w-0 flex-1">{toast.message}</p>
          {toast.action ? (
            <Button
              size="sm"
              variant="outline"
              onClick={() => {
                toast.action?.run();
                onDismiss(toast.id);
              }}
            >
              {toast.action.label}
            </Button>
          ) : null}
          <Button size="icon-sm" variant="ghost" aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
            <XIcon />
          </Button>
        </div>
      ))}
    </div>
  );
}
