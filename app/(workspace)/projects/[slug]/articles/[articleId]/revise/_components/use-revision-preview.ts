"use client";

import { useEffect, useState } from "react";
import type { RevisionPreview } from "@/lib/server/article/preview-revision";

export type PreviewState =
  | { status: "unchanged" }
  // `last` is the answer for an earlier text, shown dimmed while checking.
  | { status: "checking"; last: RevisionPreview | null }
  | { status: "ready"; preview: RevisionPreview }
  // `stale`: someone saved a newer revision meanwhile (409).
  | { status: "error"; message: string; stale: boolean };

type Answer = { text: string; preview: RevisionPreview } | { text: string; error: string; stale: boolean };

const DEBOUNCE_MS = 500;

type Args = { endpoint: string; baseRevision: number; text: string; unchanged: boolean };

// Asks the server (a dry run of the save) what the correction would do to the
// annotations, once typing pauses. Each answer is kept with the text it is
// about, so an answer for a text the owner has since changed is never shown
// as current; a newer text also aborts the request for an older one.
export function useRevisionPreview({ endpoint, baseRevision, text, unchanged }: Args): PreviewState {
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (unchanged) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?dryRun=1`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ baseRevision, text, note: "" }),
          signal: controller.signal,
        });
        const body = (await response.json().catch(() => null)) as { preview?: RevisionPreview; error?: { message: string } } | null;
        if (controller.signal.aborted) return;
        if (response.ok && body?.preview) setAnswer({ text, preview: body.preview });
        else setAnswer({ text, error: body?.error?.message ?? `The preview failed (HTTP ${response.status}).`, stale: response.status === 409 });
      } catch (error) {
        if (controller.signal.aborted) return;
        setAnswer({ text, error: `The preview failed${error instanceof Error ? `: ${error.message}` : "."}`, stale: false });
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, baseRevision, text, unchanged]);

  if (unchanged) return { status: "unchanged" };
  if (answer?.text !== text) return { status: "checking", last: answer && "preview" in answer ? answer.preview : null };
  if ("preview" in answer) return { status: "ready", preview: answer.preview };
  return { status: "error", message: answer.error, stale: answer.stale };
}
