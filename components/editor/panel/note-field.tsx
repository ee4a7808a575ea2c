"use client";

import { useId, useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import { ANNOTATION_NOTE_MAX } from "@/lib/validations/annotation";

type NoteFieldProps = {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  // The same draft-keeping field serves the claim's other free texts.
  label?: string;
  maxLength?: number;
  // Past this many characters the field says so (still allowed).
  advisedLength?: number;
  hint?: string;
  short?: boolean;
};

// How many sent values to recognise when they come back late.
const SENT_MEMORY = 50;

// Sends every keystroke: the editor core debounces saving. The text shown is
// a local draft, so the caret never jumps. An outside change (undo, a
// conflict resolved to the stored note) replaces the draft, except while
// typing when the "change" is only an earlier keystroke of ours coming back
// from a save: adopting it would delete what was typed since.
export function NoteField({ value, onChange, placeholder, label = "Note", maxLength = ANNOTATION_NOTE_MAX, advisedLength, hint, short }: NoteFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [previousValue, setPreviousValue] = useState(value);
  const [focused, setFocused] = useState(false);
  const [sent, setSent] = useState<readonly string[]>([]);
  if (value !== previousValue) {
    setPreviousValue(value);
    const staleEcho = focused && sent.includes(value);
    if (!staleEcho) setDraft(value);
  }
  const nearLimit = draft.length > maxLength * 0.9;
  const length = Array.from(draft).length;
  const overAdvised = advisedLength !== undefined && length > advisedLength;
  const described = [hint ? `${id}-hint` : null, nearLimit || overAdvised ? `${id}-count` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-semibold leading-none">
        {label}
      </label>
      {hint ? <p id={`${id}-hint`} className="text-xs text-muted-foreground">{hint}</p> : null}
      <Textarea
        id={id}
        value={draft}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setDraft(next);
          setSent((values) => [...values.slice(-(SENT_MEMORY - 1)), next]);
          onChange(next);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setSent([]);
        }}
        aria-describedby={described || undefined}
        className={short ? "min-h-14 resize-y" : "min-h-24 resize-y"}
      />
      {overAdvised && !nearLimit ? (
        <p id={`${id}-count`} className="text-xs text-amber-700 dark:text-amber-400" aria-live="polite">
          {length} characters: aim for {advisedLength} or fewer.
        </p>
      ) : null}
      {nearLimit ? (
        <p id={`${id}-count`} className="text-xs text-muted-foreground" aria-live="polite">
          {(maxLength - draft.length).toLocaleString("en")} characters left
        </p>
      ) : null}
    </div>
  );
}
