"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { confidenceToPercent, percentToConfidence } from "@/components/editor/panel/confidence-percent";

type ConfidenceFieldProps = { value: number | null; onChange: (value: number | null) => void };

// 0–1 in the API, a percentage here: a slider for quick judgement and a
// number box for a precise figure, kept in step.
export function ConfidenceField({ value, onChange }: ConfidenceFieldProps) {
  const id = useId();
  const percent = confidenceToPercent(value);
  const [draft, setDraft] = useState(percent === null ? "" : String(percent));
  const [shown, setShown] = useState(percent);
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (undo, the slider, another tab's save) without
  // overwriting what is being typed when it already means the same number.
  if (percent !== shown) {
    setShown(percent);
    if (percentToConfidence(draft) !== value) setDraft(percent === null ? "" : String(percent));
  }

  function typed(text: string) {
    setDraft(text);
    if (text.trim() === "") {
      setError(null);
      if (value !== null) onChange(null);
      return;
    }
    const next = percentToConfidence(text);
    if (next === null) {
      setError("Enter a percentage from 0 to 100.");
      return;
    }
    setError(null);
    if (next !== value) onChange(next);
  }

  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between">
        <label htmlFor={`${id}-number`} className="text-sm font-medium leading-none">
          Confidence
        </label>
        {value !== null ? (
          <Button
            variant="link"
            size="sm"
            className="h-auto p-0 text-xs"
            onClick={() => {
              setError(null);
              onChange(null);
            }}
          >
            Clear<span className="sr-only"> confidence</span>
          </Button>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent ?? 50}
          data-unset={percent === null ? "" : undefined}
          onChange={(event) => {
            setError(null);
            onChange(event.currentTarget.valueAsNumber / 100);
          }}
          aria-label="Confidence slider"
          aria-valuetext={percent === null ? "Not set" : `${percent} %`}
          className="h-2 min-w-0 flex-1 cursor-pointer accent-primary data-[unset]:opacity-40"
        />
        <div className="flex items-center gap-1">
          <Input
            id={`${id}-number`}
            inputMode="decimal"
            value={draft}
            placeholder="—"
            onChange={(event) => typed(event.currentTarget.value)}
            onBlur={() => {
              if (error) return;
              setDraft(percent === null ? "" : String(percent));
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="h-8 w-16 text-right tabular-nums"
            autoComplete="off"
          />
          <span aria-hidden="true" className="text-sm text-muted-foreground">
            %
          </span>
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
