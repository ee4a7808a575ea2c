"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";
import type { EvidenceStanceDTO } from "@/lib/annotations/annotation-dto";
import { evidenceInputSchema } from "@/lib/validations/annotation";
import { describedBy } from "@/components/editor/panel/described-by";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { humanizeFieldMessage } from "@/components/editor/panel/humanize-field-message";
import type { EvidenceInput } from "@/components/editor/panel/evidence-inputs";
import { evidenceStanceLabels, evidenceStances } from "@/components/editor/panel/evidence-stance-labels";
import { normalizeEvidenceUrl } from "@/components/editor/panel/normalize-evidence-url";
import { PanelField } from "@/components/editor/panel/panel-field";

type Field = "url" | "title" | "stance" | "note";
const fieldOrder: readonly Field[] = ["url", "title", "stance", "note"];

type EvidenceFormProps = {
  initial?: EvidenceInput;
  submitLabel: string;
  onSubmit: (item: EvidenceInput) => void;
  onCancel: () => void;
};

// One evidence link, checked with the API's schema before it joins the list,
// so a bad URL is caught here and never fails the whole save.
export function EvidenceForm({ initial, submitLabel, onSubmit, onCancel }: EvidenceFormProps) {
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const urlRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(initial?.url ?? "");
  const [stance, setStance] = useState<EvidenceStanceDTO>(initial?.stance ?? "SUPPORTS");
  const { errors, validate } = useFieldErrors(fieldOrder, fieldId, { humanize: humanizeFieldMessage });

  useEffect(() => {
    urlRef.current?.focus();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    const form = new FormData(event.currentTarget);
    const normalizedUrl = normalizeEvidenceUrl(url);
    setUrl(normalizedUrl);
    const values = validate(
      evidenceInputSchema.safeParse({
        url: normalizedUrl,
        title: String(form.get("title") ?? ""),
        stance,
        note: String(form.get("note") ?? ""),
      }),
    );
    if (!values) return;
    onSubmit({ ...values, ...(initial?.id ? { id: initial.id } : {}) });
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape") return;
    // Escape closes this form, not the whole panel.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  return (
    <form onSubmit={submit} onKeyDown={keyDown} noValidate aria-label={submitLabel} className="space-y-3 rounded-md border bg-muted/40 p-3">
      <PanelField id={fieldId("url")} label="URL" error={errors.url}>
        <Input
          ref={urlRef}
          id={fieldId("url")}
          type="url"
          inputMode="url"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          onBlur={() => setUrl((value) => normalizeEvidenceUrl(value))}
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
          maxLength={2048}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy(fieldId("url"), { error: errors.url })}
        />
      </PanelField>
      <PanelField id={fieldId("title")} label="Title (optional)" error={errors.title}>
        <Input
          id={fieldId("title")}
          name="title"
          defaultValue={initial?.title ?? ""}
          maxLength={500}
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(fieldId("title"), { error: errors.title })}
        />
      </PanelField>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium leading-none">Stance</legend>
        <div className="grid grid-cols-3 overflow-hidden rounded-md border border-input">
          {evidenceStances.map((value) => (
            <label
              key={value}
              className={cn(
                "relative flex h-8 cursor-pointer items-center justify-center border-l border-input text-xs first:border-l-0 hover:bg-accent",
                "has-[:checked]:bg-primary has-[:checked]:text-primary-foreground",
                "has-[:focus-visible]:z-10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
              )}
            >
              <input
                type="radio"
                name={`${id}-stance`}
                value={value}
                checked={stance === value}
                onChange={() => setStance(value)}
                className="sr-only"
              />
              {evidenceStanceLabels[value].name}
            </label>
          ))}
        </div>
      </fieldset>
      <PanelField id={fieldId("note")} label="Note (optional)" error={errors.note}>
        <Textarea
          id={fieldId("note")}
          name="note"
          defaultValue={initial?.note ?? ""}
          className="min-h-14"
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(fieldId("note"), { error: errors.note })}
        />
      </PanelField>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

