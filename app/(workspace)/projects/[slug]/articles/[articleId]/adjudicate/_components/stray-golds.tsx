"use client";

import { Button } from "@/components/ui/button";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/http/run-action";
import { useGoldAction } from "@/components/adjudication/use-gold-action";

type Props = {
  golds: Array<{ id: string; version: number; exact: string; kind: string }>;
  locked: boolean;
  remove: (annotationId: unknown, version: unknown) => Promise<ActionResult<undefined>>;
};

// Gold annotations whose source annotation was deleted or moved after the
// decision: still gold, but no longer tied to a group, so they are listed
// here to keep or remove.
export function StrayGolds({ golds, locked, remove }: Props) {
  const { pending, error, run } = useGoldAction();
  if (golds.length === 0) return null;
  return (
    <section aria-labelledby="stray-heading" className="space-y-2">
      <h2 id="stray-heading" className="text-lg font-semibold">Gold annotations whose source changed</h2>
      <ul className="space-y-2">
        {golds.map((gold) => (
          <li key={gold.id} className="flex items-center gap-3 rounded-md border p-3 text-sm">
            <span className="flex-1">“{gold.exact}” ({gold.kind === "CLAIM" ? "claim" : "mention"})</span>
            {!locked ? <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => remove(gold.id, gold.version))}>Remove from gold</Button> : null}
          </li>
        ))}
      </ul>
      {error ? <Alert variant="destructive"><AlertDescription>{error}</AlertDescription></Alert> : null}
    </section>
  );
}
