"use client";

import { useId, useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import { ANNOTATION_NOTE_MAX } from "@/lib/validations/annotation";

type NoteFieldProps = { value: string; onChange: (value: string) => void; placeholder?: string };

// Sends every keystroke: the editor core debounces saving. A local draft
// keeps the caret where it is even if the core echoes the note back late.
export function NoteField({ value, onChange, placeholder }: NoteFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [previousValue, setPreviousValue] = useState(value);
  // Adopt outside changes (undo, a conflict resolved to the stored note).
  if (value !== previousValue) {
    setPreviousValue(value);
    setDraft(value);
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
          onChange(next);
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
