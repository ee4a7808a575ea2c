"use client";

import { useId, useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import { ANNOTATION_NOTE_MAX } from "@/lib/validations/annotation";

type NoteFieldProps = { value: string; onChange: (value: string) => void; placeholder?: string };

// How many sent values to recognise when they come back late.
const SENT_MEMORY = 50;

// Sends every keystroke: the editor core debounces saving. The text shown is
// a local draft, so the caret never jumps. An outside change (undo, a
// conflict resolved to the stored note) replaces the draft, except while
// typing when the "change" is only an earlier keystroke of ours coming back
// from a save: adopting it would delete what was typed since.
export function NoteField({ value, onChange, placeholder }: NoteFieldProps) {
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
  const nearLimit = draft.length > ANNOTATION_NOTE_MAX * 0.9;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-semibold leading-none">
        Note
      </label>
      <Textarea
        id={id}
        value={draft}
        maxLength={ANNOTATION_NOTE_MAX}
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
        aria-describedby={nearLimit ? `${id}-count` : undefined}
        className="min-h-24 resize-y"
      />
      {nearLimit ? (
        <p id={`${id}-count`} className="text-xs text-muted-foreground" aria-live="polite">
          {(ANNOTATION_NOTE_MAX - draft.length).toLocaleString("en")} characters left
        </p>
      ) : null}
    </div>
  );
}
