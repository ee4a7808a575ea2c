"use client";

import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { UnitFields } from "@/components/agreement/unit-fields";
import { differenceLabel } from "@/components/agreement/difference-labels";
import type { UnitDifference } from "@/lib/metrics/group-annotation-units";
import { MergeForm } from "./merge-form";
import { useGoldAction } from "./use-gold-action";
import type { AdjudicationLabels, DisplayNames, GoldActions, GoldGroupView } from "./types";

type Props = {
  group: GoldGroupView;
  index: number;
  total: number;
  coderNames: string[];
  names: DisplayNames;
  labels: AdjudicationLabels;
  actions: GoldActions;
  /** The gold layer is marked complete: decisions are shown but frozen. */
  locked: boolean;
};

const stateBadge = {
  open: <Badge variant="outline">Undecided</Badge>,
  gold: <Badge variant="success">In gold</Badge>,
  excluded: <Badge variant="secondary">Left out</Badge>,
};

// One group of annotators' spans and its gold decision: take one version as
// it is, merge or write a new one, or leave the group out; undo any of these.
export function GoldGroupCard({ group, index, total, coderNames, names, labels, actions, locked }: Props) {
  const { pending, error, run } = useGoldAction();
  const [merging, setMerging] = useState(false);
  const present = group.spans.filter((s) => s !== null);
  const differs = (span: NonNullable<GoldGroupView["spans"][number]>) => (field: "statusId" | "claimTypeId" | "entityId" | "entityTypeId" | "kind") =>
    present.some((other) => other[field] !== span[field]);
  const resolve = (input: unknown) => run(() => actions.resolve(input), () => setMerging(false));
  const kindName = group.kind === "CLAIM" ? "Claim" : "Mention";

  return (
    <li className="rounded-lg border p-4" data-testid="gold-group" data-state={group.state} aria-label={`Group ${index + 1} of ${total}: ${kindName}`}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{index + 1}.</span>
        <Badge variant={group.kind === "CLAIM" ? "claim" : "entity"}>{kindName}</Badge>
        {group.differences.length === 0 ? <Badge variant="outline">Annotators agree</Badge> : null}
        {group.differences.map((d) => <Badge key={d} variant="warning">{differenceLabel(d as UnitDifference, group.kind)}</Badge>)}
        <span className="ml-auto">{stateBadge[group.state]}</span>
      </div>
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${Math.max(1, coderNames.length)}, minmax(0, 1fr))` }}>
        {group.spans.map((span, i) => (
          <div key={coderNames[i] ?? i} className="flex min-w-0 flex-col gap-1.5">
            <span className="text-xs font-medium text-muted-foreground">{coderNames[i]}</span>
            {span ? (
              <>
                <blockquote className="border-l-2 pl-2 text-sm">{span.exact}</blockquote>
                <UnitFields span={span} names={names} differs={differs(span)} />
                {span.note ? <p className="text-xs text-muted-foreground">Note: {span.note}</p> : null}
                {!locked ? (
                  <Button type="button" size="sm" variant="outline" className="self-start" disabled={pending}
                    onClick={() => resolve({ decision: "gold", groupKey: group.key, span: { from: span.id }, fields: { from: span.id } })}>
                    Use {coderNames[i]}&rsquo;s version
                  </Button>
                ) : null}
              </>
            ) : (
              <span className="text-sm text-muted-foreground italic">Not marked</span>
            )}
          </div>
        ))}
      </div>
      {group.golds.map((gold) => (
        <div key={gold.id} className="mt-3 rounded-md border border-success/40 bg-success-subtle/40 p-3" data-testid="gold-annotation">
          <span className="text-xs font-medium text-success">Gold</span>
          <blockquote className="text-sm">{gold.exact}</blockquote>
          <UnitFields span={gold} names={names} differs={() => false} />
        </div>
      ))}
      {error ? <Alert variant="destructive" className="mt-3"><AlertDescription>{error}</AlertDescription></Alert> : null}
      {!locked ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="ghost" onClick={() => setMerging(!merging)} aria-expanded={merging}>
            {merging ? "Close" : "Merge or write new…"}
          </Button>
          {group.state !== "excluded" ? (
            <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => resolve({ decision: "exclude", groupKey: group.key })}>Leave out of gold</Button>
          ) : null}
          {group.state !== "open" ? (
            <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => run(() => actions.reopen({ groupKey: group.key }))}>Undo decision</Button>
          ) : null}
        </div>
      ) : null}
      {merging && !locked ? (
        <div className="mt-3">
          <MergeForm group={group} coderNames={coderNames} names={names} labels={labels} pending={pending} onSubmit={resolve} />
        </div>
      ) : null}
    </li>
  );
}
