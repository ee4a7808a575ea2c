import { CheckIcon, LoaderCircleIcon } from "lucide-react";
import type { SaveState } from "@/components/editor/panel/types";

// A polite status region that stays mounted, so "Saving…" and "Saved" are
// announced as they change without interrupting typing. Failure is SaveFailure.
export function SaveStatus({ status }: { status: SaveState["status"] }) {
  return (
    <div role="status" className="flex min-h-5 items-center gap-1 text-xs text-muted-foreground">
      {status === "saving" ? (
        <>
          <LoaderCircleIcon aria-hidden="true" className="size-3.5 animate-spin motion-reduce:animate-none" />
          Saving…
        </>
      ) : status === "saved" ? (
        <>
          <CheckIcon aria-hidden="true" className="size-3.5 text-success" />
          Saved
        </>
      ) : null}
    </div>
  );
}
