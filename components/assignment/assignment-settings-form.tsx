"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAssignmentRequest } from "./use-assignment-request";

type Props = { projectSlug: string; blindAnnotation: boolean; defaultAnnotatorsPerArticle: number };

/** Project settings → Workflow: blind annotation and annotators needed per article. */
export function AssignmentSettingsForm({ projectSlug, blindAnnotation, defaultAnnotatorsPerArticle }: Props) {
  const id = useId();
  const [blind, setBlind] = useState(blindAnnotation);
  const [count, setCount] = useState(String(defaultAnnotatorsPerArticle));
  const [saved, setSaved] = useState(false);
  const { send, busy, error } = useAssignmentRequest();
  const n = Number(count);
  const dirty = blind !== blindAnnotation || n !== defaultAnnotatorsPerArticle;

  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const data = await send("PATCH", `/api/projects/${encodeURIComponent(projectSlug)}/assignments/settings`, {
          blindAnnotation: blind,
          defaultAnnotatorsPerArticle: n,
        });
        if (data) setSaved(true);
      }}
    >
      <div className="flex items-start gap-3">
        <input id={`${id}-blind`} type="checkbox" className="mt-0.5 size-4 accent-primary" checked={blind} onChange={(e) => setBlind(e.currentTarget.checked)}
          aria-describedby={`${id}-blind-help`} />
        <div className="space-y-1">
          <Label htmlFor={`${id}-blind`}>Blind annotation</Label>
          <p id={`${id}-blind-help`} className="text-sm text-muted-foreground">
            Annotators see only their own annotations on an article until they submit it. Reviewers and owners always see everyone’s.
          </p>
        </div>
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-count`}>Annotators per article</Label>
        <Input id={`${id}-count`} type="number" min={1} max={20} required className="w-24" value={count} onChange={(e) => setCount(e.currentTarget.value)}
          aria-describedby={`${id}-count-help`} />
        <p id={`${id}-count-help`} className="text-sm text-muted-foreground">
          An article counts as submitted when this many of its annotators have submitted. Articles can override it on the Assignments page.
        </p>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={busy || !dirty}>
          Save workflow settings
        </Button>
        <span aria-live="polite" className="text-sm">
          {error ? <span data-slot="alert" className="text-destructive">{error}</span> : saved && !dirty ? <span className="text-success">Saved.</span> : null}
        </span>
      </div>
    </form>
  );
}
