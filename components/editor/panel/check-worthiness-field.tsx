"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

const levels = [1, 2, 3, 4, 5] as const;
const levelNames: Record<(typeof levels)[number], string> = {
  1: "not worth checking",
  2: "low priority",
  3: "worth checking",
  4: "important",
  5: "must check",
};

type CheckWorthinessFieldProps = { value: number | null; onChange: (value: number | null) => void };

// A segmented control built on native radios: arrow keys, Tab order and
// screen reader announcements come from the browser.
export function CheckWorthinessField({ value, onChange }: CheckWorthinessFieldProps) {
  const id = useId();
  return (
    <fieldset className="space-y-1.5" aria-describedby={`${id}-hint`}>
      <div className="flex items-center justify-between">
        <legend className="text-sm font-medium leading-none">Check-worthiness</legend>
        {value !== null ? (
          <Button variant="link" size="sm" className="h-auto p-0 text-xs" onClick={() => onChange(null)}>
            Clear<span className="sr-only"> check-worthiness</span>
          </Button>
        ) : null}
      </div>
      <div className="grid grid-cols-5 overflow-hidden rounded-md border border-input">
        {levels.map((level) => (
          <label
            key={level}
            className={cn(
              "relative flex h-8 cursor-pointer items-center justify-center border-l border-input text-sm first:border-l-0",
              "hover:bg-accent has-[:checked]:bg-primary has-[:checked]:text-primary-foreground",
              "has-[:focus-visible]:z-10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
            )}
          >
            <input
              type="radio"
              name={`${id}-level`}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              className="sr-only"
              aria-label={`${level}, ${levelNames[level]}`}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {value === null ? "Not rated yet. " : null}1 = not worth checking, 5 = must check.
      </p>
    </fieldset>
  );
}
