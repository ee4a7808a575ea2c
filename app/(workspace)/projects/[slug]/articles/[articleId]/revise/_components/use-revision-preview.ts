"use client";

import { useEffect, useState } from "react";
import { ApiRequestError, apiRequest } from "@/components/api-client/api-request";
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
        const body = await apiRequest<{ preview: RevisionPreview }>(`${endpoint}?dryRun=1`, { method: "POST", body: { baseRevision, text, note: "" }, signal: controller.signal });
        if (controller.signal.aborted) return;
        setAnswer({ text, preview: body.preview });
      } catch (error) {
        if (controller.signal.aborted) return;
        // 409: the article changed since this page was opened.
        const stale = error instanceof ApiRequestError && error.status === 409;
        setAnswer({ text, error: error instanceof ApiRequestError && error.status !== 0 ? error.message : `The preview failed${error instanceof Error ? `: ${error.message}` : "."}`, stale });
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
