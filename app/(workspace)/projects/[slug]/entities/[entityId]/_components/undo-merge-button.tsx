"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Undo2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { postEntityAction } from "./post-entity-action";

// Undoes one merge into this entity; the server refuses (and the message is
// shown) when either entity changed since the merge.
export function UndoMergeButton({ projectSlug, targetId, mergeId, sourceName }: { projectSlug: string; targetId: string; mergeId: string; sourceName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const undo = () =>
    startTransition(async () => {
      const failure = await postEntityAction(projectSlug, targetId, "merge/undo", { mergeId });
      if (failure) return setError(failure);
      router.refresh();
    });
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="outline" size="sm" disabled={pending} onClick={undo} aria-label={`Undo the merge of ${sourceName}`}>
        <Undo2Icon aria-hidden="true" />
        {pending ? "Undoing…" : "Undo"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
