"use client";

import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/run-action";
import { useGoldAction } from "./use-gold-action";

type Props = {
  resolved: number;
  total: number;
  completedAt: string | null;
  setComplete: (input: unknown) => Promise<ActionResult<undefined>>;
};

// How far the gold layer is, and the switch that declares it complete (only
// once every group is decided) or reopens it.
export function GoldProgress({ resolved, total, completedAt, setComplete }: Props) {
  const { pending, error, run } = useGoldAction();
  const share = total === 0 ? 1 : resolved / total;
  return (
    <div className="flex flex-col gap-3 rounded-lg border p-4" data-testid="gold-progress">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm font-medium" id="gold-progress-label">{resolved} of {total} groups decided</span>
        <div
          role="progressbar"
          aria-labelledby="gold-progress-label"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={resolved}
          className="h-2 min-w-40 flex-1 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full bg-success" style={{ width: `${Math.round(share * 100)}%` }} />
        </div>
        {completedAt ? (
          <Button type="button" size="sm" variant="outline" disabled={pending} onClick={() => run(() => setComplete({ complete: false }))}>Reopen gold layer</Button>
        ) : (
          <Button type="button" size="sm" disabled={pending || resolved < total} onClick={() => run(() => setComplete({ complete: true }))}>Mark gold layer complete</Button>
        )}
      </div>
      {completedAt ? <p className="text-sm text-success">Gold layer complete since {new Date(completedAt).toLocaleString("en")}. Reopen it to change a decision.</p> : null}
      {error ? <Alert variant="destructive"><AlertDescription>{error}</AlertDescription></Alert> : null}
    </div>
  );
}
