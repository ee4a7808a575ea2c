"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { ArchiveIcon, ArchiveRestoreIcon, ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { LabelKind } from "@/lib/generated/prisma/enums";
import type { LabelSchemaRow } from "@/lib/server/label/list-label-schema";
import type { ActionResult } from "@/lib/http/run-action";
import { labelKindNames } from "@/lib/validations/label";
import { archiveLabelAction, moveLabelAction, restoreLabelAction } from "../label-actions";
import { LabelFormDialog } from "./label-form-dialog";
import { LabelSummary } from "./label-summary";

type Props = { slug: string; kind: LabelKind; labels: LabelSchemaRow[] };

// One kind's labels for an owner: edit, reorder, archive, restore, add.
// Outcomes are announced in a status line; refusals in an alert.
export function LabelKindEditor({ slug, kind, labels }: Props) {
  const names = labelKindNames[kind];
  const active = labels.filter((l) => !l.archivedAt);
  const archived = labels.filter((l) => l.archivedAt);
  const headingId = `labels-${kind}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Where focus goes after an action, since the row acted on may have moved
  // or left the list: candidate ids in order of preference, else the heading.
  // Applied only once the revalidated list has arrived, which can render
  // after the action's result does.
  const focusAfterRender = useRef<{ candidates: string[]; staleLabels: LabelSchemaRow[] } | null>(null);

  useEffect(() => {
    const pendingFocus = focusAfterRender.current;
    if (!pendingFocus || pendingFocus.staleLabels === labels) return;
    focusAfterRender.current = null;
    const { candidates } = pendingFocus;
    const target = candidates
      .map((id) => document.getElementById(id))
      .find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && !el.disabled);
    (target ?? headingRef.current)?.focus();
  });

  const hotkeysExcept = (labelId?: string) =>
    new Map(active.filter((l) => l.hotkey && l.id !== labelId).map((l) => [l.hotkey as string, l.name]));

  function run<T>(call: () => Promise<ActionResult<T>>, done: (data: T) => { message: string; focus: string[] }) {
    if (pending) return;
    const staleLabels = labels;
    setError(null);
    setStatus(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const { message, focus } = done(result.data);
      setStatus(message);
      focusAfterRender.current = { candidates: focus, staleLabels };
    });
  }

  const buttonId = (labelId: string, action: string) => `label-${labelId}-${action}`;

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-sm font-semibold">
          {names.many} <span className="font-normal text-muted-foreground">({active.length})</span>
        </h3>
        <LabelFormDialog
          slug={slug}
          kind={kind}
          takenHotkeys={hotkeysExcept()}
          onSaved={(message) => setStatus(message)}
          trigger={
            <Button variant="outline" size="sm">
              <PlusIcon aria-hidden="true" /> Add {names.one}
            </Button>
          }
        />
      </div>

      {error ? (
        <Alert variant="destructive">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      {/* Always in the DOM: screen readers only announce changes to a live region they already know. */}
      <p role="status" className="text-sm text-muted-foreground">{status}</p>

      {active.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground">No active {names.many.toLowerCase()}.</p>
      ) : (
        <ul className="divide-y rounded-md border" aria-labelledby={headingId}>
          {active.map((label, index) => (
            <li key={label.id} className="flex items-center gap-2 px-3 py-1.5">
              <LabelSummary label={label} />
              <div className="flex shrink-0 items-center">
                <Button
                  id={buttonId(label.id, "up")}
                  variant="ghost"
                  size="icon-sm"
                  disabled={index === 0}
                  aria-disabled={pending || undefined}
                  aria-label={`Move ${label.name} up`}
                  title="Move up"
                  onClick={() => run(() => moveLabelAction(slug, { id: label.id, direction: "up" }), () => ({ message: `Moved “${label.name}” up.`, focus: [buttonId(label.id, "up"), buttonId(label.id, "down")] }))}
                >
                  <ArrowUpIcon aria-hidden="true" />
                </Button>
                <Button
                  id={buttonId(label.id, "down")}
                  variant="ghost"
                  size="icon-sm"
                  disabled={index === active.length - 1}
                  aria-disabled={pending || undefined}
                  aria-label={`Move ${label.name} down`}
                  title="Move down"
                  onClick={() => run(() => moveLabelAction(slug, { id: label.id, direction: "down" }), () => ({ message: `Moved “${label.name}” down.`, focus: [buttonId(label.id, "down"), buttonId(label.id, "up")] }))}
                >
                  <ArrowDownIcon aria-hidden="true" />
                </Button>
                <LabelFormDialog
                  slug={slug}
                  kind={kind}
                  label={label}
                  takenHotkeys={hotkeysExcept(label.id)}
                  onSaved={(message) => setStatus(message)}
                  trigger={
                    <Button variant="ghost" size="icon-sm" aria-label={`Edit ${label.name}`} title="Edit">
                      <PencilIcon aria-hidden="true" />
                    </Button>
                  }
                />
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-disabled={pending || undefined}
                  aria-label={`Archive ${label.name}`}
                  title="Archive"
                  onClick={() =>
                    run(() => archiveLabelAction(slug, label.id), () => ({
                      message: `Archived “${label.name}”. Existing tags keep it; restore it from Archived below.`,
                      focus: [],
                    }))
                  }
                >
                  <ArchiveIcon aria-hidden="true" />
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {archived.length > 0 ? (
        <details className="rounded-md border text-sm">
          <summary className="cursor-pointer px-3 py-1.5 text-muted-foreground">
            Archived {names.many.toLowerCase()} ({archived.length})
          </summary>
          <ul className="divide-y border-t">
            {archived.map((label) => (
              <li key={label.id} className="flex items-center gap-2 px-3 py-1.5">
                <LabelSummary label={label} muted />
                <Button
                  variant="ghost"
                  size="sm"
                  aria-disabled={pending || undefined}
                  aria-label={`Restore ${label.name}`}
                  onClick={() =>
                    run(() => restoreLabelAction(slug, label.id), ({ clearedHotkey }) => ({
                      message: clearedHotkey
                        ? `Restored “${label.name}” without hotkey ${clearedHotkey.hotkey}, which “${clearedHotkey.takenBy}” uses now.`
                        : `Restored “${label.name}” at the end of the list.`,
                      focus: [buttonId(label.id, "up"), buttonId(label.id, "down")],
                    }))
                  }
                >
                  <ArchiveRestoreIcon aria-hidden="true" /> Restore
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
