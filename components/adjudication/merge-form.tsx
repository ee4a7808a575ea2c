"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { SpanPicker, type PickedSpan } from "./span-picker";
import type { AdjudicationLabels, DisplayNames, GoldGroupView } from "./types";

type Props = {
  group: GoldGroupView;
  coderNames: string[];
  names: DisplayNames;
  labels: AdjudicationLabels;
  pending: boolean;
  onSubmit: (input: unknown) => void;
};

const NEW = "new";

// Merge (span from one annotator, fields from another) or write a new one
// (span drawn in the text, fields chosen by hand), in any combination.
export function MergeForm({ group, coderNames, names, labels, pending, onSubmit }: Props) {
  const id = useId();
  const sources = group.spans.flatMap((span, i) => (span ? [{ span, coder: coderNames[i] ?? "Annotator" }] : []));
  const [spanFrom, setSpanFrom] = useState(sources[0]?.span.id ?? NEW);
  const [fieldsFrom, setFieldsFrom] = useState(sources[0]?.span.id ?? NEW);
  const [customSpan, setCustomSpan] = useState<PickedSpan | null>(null);
  const [fields, setFields] = useState({ statusId: "", claimTypeId: "", entityTypeId: "" });
  const isClaim = group.kind === "CLAIM";
  const label = (labelId: string | null) => (labelId ? (names.labels[labelId]?.name ?? "?") : "—");
  const summary = (s: (typeof sources)[number]["span"]) =>
    isClaim ? `${label(s.statusId)} · ${label(s.claimTypeId)}` : `${s.entityId ? (names.entities[s.entityId] ?? "?") : "no entity"} · ${label(s.entityTypeId)}`;
  const ready = spanFrom !== NEW || customSpan !== null;

  const submit = () => {
    const span = spanFrom === NEW ? customSpan : { from: spanFrom };
    const chosen = isClaim
      ? { statusId: fields.statusId || null, claimTypeId: fields.claimTypeId || null }
      : { entityTypeId: fields.entityTypeId || null };
    onSubmit({ decision: "gold", groupKey: group.key, span, fields: fieldsFrom === NEW ? chosen : { from: fieldsFrom } });
  };

  const select = (name: keyof typeof fields, text: string, options: AdjudicationLabels["statuses"]) => (
    <label className="flex flex-col gap-1 text-xs">
      {text}
      <NativeSelect value={fields[name]} onChange={(e) => setFields({ ...fields, [name]: e.target.value })}>
        <option value="">—</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </NativeSelect>
    </label>
  );

  return (
    <div className="flex flex-col gap-4 rounded-md border p-3" data-testid="merge-form">
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-sm font-medium">Span</legend>
        {sources.map(({ span, coder }) => (
          <label key={span.id} className="flex items-start gap-2 text-sm">
            <input type="radio" name={`${id}-span`} value={span.id} checked={spanFrom === span.id} onChange={() => setSpanFrom(span.id)} className="mt-1" />
            <span><span className="font-medium">{coder}:</span> “{span.exact}”</span>
          </label>
        ))}
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name={`${id}-span`} value={NEW} checked={spanFrom === NEW} onChange={() => setSpanFrom(NEW)} className="mt-1" />
          <span>Select new boundaries in the text</span>
        </label>
        {spanFrom === NEW ? <SpanPicker excerpt={group.excerpt} value={customSpan} onChange={setCustomSpan} /> : null}
      </fieldset>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-sm font-medium">{isClaim ? "Status, type, entities and evidence" : "Entity and type"}</legend>
        {sources.map(({ span, coder }) => (
          <label key={span.id} className="flex items-start gap-2 text-sm">
            <input type="radio" name={`${id}-fields`} value={span.id} checked={fieldsFrom === span.id} onChange={() => setFieldsFrom(span.id)} className="mt-1" />
            <span><span className="font-medium">{coder}:</span> {summary(span)}</span>
          </label>
        ))}
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name={`${id}-fields`} value={NEW} checked={fieldsFrom === NEW} onChange={() => setFieldsFrom(NEW)} className="mt-1" />
          <span>Choose by hand</span>
        </label>
        {fieldsFrom === NEW ? (
          <div className="flex flex-wrap gap-3 pl-6">
            {isClaim ? (
              <>
                {select("statusId", "Status", labels.statuses)}
                {select("claimTypeId", "Claim type", labels.claimTypes)}
              </>
            ) : (
              select("entityTypeId", "Entity type", labels.entityTypes)
            )}
          </div>
        ) : null}
      </fieldset>
      <div>
        <Button type="button" size="sm" disabled={pending || !ready} onClick={submit}>Save to gold</Button>
      </div>
    </div>
  );
}
