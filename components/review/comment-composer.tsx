"use client";

import { useState } from "react";
import type { MentionableMember } from "@/lib/review/review-dto";
import { Button } from "@/components/ui/button";
import { MentionTextarea } from "./mention-textarea";

type Props = {
  members: MentionableMember[];
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
  // Resolves when saved; rejects with a message to show.
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
};

// Writing a comment, a reply or an edit: one box, one button.
export function CommentComposer({ members, label, submitLabel, initial = "", autoFocus, textareaRef, onSubmit, onCancel }: Props) {
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (busy || body.trim() === "") return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
      setBody("");
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Not saved.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <MentionTextarea
        value={body}
        onChange={setBody}
        onSubmit={() => void submit()}
        members={members}
        label={label}
        placeholder="Type @ to mention someone"
        autoFocus={autoFocus}
        textareaRef={textareaRef}
      />
      <div className="flex items-center gap-2">
        <Button size="sm" disabled={busy || body.trim() === ""} onClick={() => void submit()}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <span className="ml-auto text-xs text-muted-foreground">Ctrl+Enter to send</span>
      </div>
      {error ? (
        <p className="text-xs text-destructive" role="alert" data-slot="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
