"use client";

import { CircleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

type SaveFailureProps = { error?: string; retry?: () => void };

// An alert, not a status: the edit is still only on this screen. The core
// keeps it and retries; the button lets people retry now.
export function SaveFailure({ error, retry }: SaveFailureProps) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md bg-destructive-subtle px-3 py-2 text-xs text-destructive">
      <CircleAlertIcon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="font-medium">Not saved</span>
      {retry ? (
        <Button variant="outline" size="sm" className="ml-auto h-7 border-destructive/40 px-2 text-xs" onClick={retry}>
          Retry
        </Button>
      ) : null}
      {error ? <p className="basis-full break-words">{error}</p> : null}
    </div>
  );
}
