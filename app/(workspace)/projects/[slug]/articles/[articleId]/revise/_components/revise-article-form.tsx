"use client";

import { useEffect, useId, useMemo, useState, type FormEvent, type KeyboardEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { AlertTriangle } from "lucide-react";
import { ARTICLE_TEXT_MAX, REVISION_NOTE_MAX, normalizeArticleText } from "@/lib/validations/article-revision";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import type { RevisionResult } from "@/lib/server/article/revise-article-text";
import { ApiRequestError, apiRequest } from "@/components/api-client/api-request";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";
import { RevisionPreviewPanel } from "./revision-preview-panel";
import { useRevisionPreview, type PreviewState } from "./use-revision-preview";

type Props = {
  slug: string;
  articleId: string;
  articleHref: string;
  baseRevision: number;
  initialText: string;
  language: string;
};

type SaveError = { message: string; stale: boolean };

// The owner's correction form: the canonical text in a large textarea, a
// note, a live dry-run preview beside it, and Save. Everything is checked
// again by the server; the preview only saves surprises.
export function ReviseArticleForm({ slug, articleId, articleHref, baseRevision, initialText, language }: Props) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [note, setNote] = useState("");
  const [monospace, setMonospace] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const [copied, setCopied] = useState(false);
  const endpoint = `/api/projects/${slug}/articles/${articleId}/revisions`;
  const unchanged = useMemo(() => normalizeArticleText(text) === initialText, [text, initialText]);
  const characters = useMemo(() => codePointLength(text), [text]);
  const preview = useRevisionPreview({ endpoint, baseRevision, text, unchanged });
  const dirty = !unchanged && !saved;

  // Leaving with an unsaved correction asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || unchanged) return;
    setSaving(true);
    setSaveError(null);
    try {
      const { result } = await apiRequest<{ result: RevisionResult }>(endpoint, { method: "POST", body: { baseRevision, text, note } });
      setSaved(true);
      router.push(`${articleHref}?revised=${result.revision}&orphaned=${result.orphaned.length}`);
      return;
    } catch (error) {
      if (error instanceof ApiRequestError && error.status !== 0) {
        // 409: someone revised the article since this page was opened.
        setSaveError({ message: error.message, stale: error.status === 409 });
      } else {
        setSaveError({ message: "Could not reach the server. Nothing was saved; your text is still here, so try again.", stale: false });
      }
    }
    setSaving(false);
  }

  function saveOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  async function copyText() {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  }

  const textId = `${id}-text`;
  const noteId = `${id}-note`;
  const tooLong = characters > ARTICLE_TEXT_MAX;
  return (
    <form onSubmit={save} onKeyDown={saveOnCtrlEnter} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0 space-y-5">
        <div className="space-y-2">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <Label htmlFor={textId} className="text-base">Article text</Label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4 accent-primary" checked={monospace} onChange={(e) => setMonospace(e.target.checked)} />
              Monospace
            </label>
          </div>
          <Textarea
            id={textId}
            name="text"
            lang={language}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={24}
            aria-describedby={`${textId}-help ${textId}-count`}
            aria-invalid={tooLong || undefined}
            className={cn("min-h-[60vh] resize-y text-[0.9375rem]", monospace && "font-mono text-sm")}
          />
          <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 text-xs text-muted-foreground">
            <p id={`${textId}-help`}>
              Paragraphs are separated by one blank line. Annotations follow their words to the new text. Ctrl+Enter saves.
            </p>
            <p id={`${textId}-count`} className={cn("tabular-nums", tooLong && "text-destructive")}>
              {characters.toLocaleString("en")} / {ARTICLE_TEXT_MAX.toLocaleString("en")} characters
            </p>
          </div>
        </div>

        <div className="space-y-2">
          <Label htmlFor={noteId}>Note (optional)</Label>
          <Input
            id={noteId}
            name="note"
            value={note}
            maxLength={REVISION_NOTE_MAX}
            onChange={(e) => setNote(e.target.value)}
            placeholder="What you corrected, e.g. “fixed the date in paragraph 3”"
          />
        </div>

        {saveError ? (
          <Alert variant="destructive">
            <AlertTriangle aria-hidden="true" />
            <AlertTitle>{saveError.stale ? "Someone else corrected this article meanwhile" : "Not saved"}</AlertTitle>
            <AlertDescription>
              <p>{saveError.message}</p>
              {saveError.stale ? (
                <div className="flex flex-wrap gap-2 pt-1">
                  <Button size="sm" variant="outline" onClick={copyText}>{copied ? "Copied" : "Copy my text"}</Button>
                  <Button size="sm" variant="outline" onClick={() => window.location.reload()}>Load the current text</Button>
                </div>
              ) : null}
            </AlertDescription>
          </Alert>
        ) : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={unchanged || saving || tooLong}>
            {saving ? "Saving…" : `Save as revision ${baseRevision + 1}`}
          </Button>
          <Button asChild variant="outline">
            <Link href={articleHref}>Cancel</Link>
          </Button>
          <SaveHint state={preview} />
        </div>
      </div>

      <aside aria-labelledby={`${id}-preview`} className="self-start lg:sticky lg:top-4">
        <Card>
          <CardHeader>
            <CardTitle as="h2" id={`${id}-preview`}>What saving will do</CardTitle>
            <CardDescription>Each annotation is kept on its words, or listed for someone to re-attach.</CardDescription>
          </CardHeader>
          <CardContent>
            <RevisionPreviewPanel state={preview} />
            <p className="sr-only" aria-live="polite">{announcement(preview)}</p>
          </CardContent>
        </Card>
      </aside>
    </form>
  );
}

function SaveHint({ state }: { state: PreviewState }) {
  if (state.status !== "ready" || state.preview.counts.orphaned === 0) return null;
  const n = state.preview.counts.orphaned;
  return <p className="text-sm text-warning">{n === 1 ? "1 annotation" : `${n} annotations`} will need re-attaching.</p>;
}

// One short sentence per settled preview, for screen readers.
function announcement(state: PreviewState): string {
  if (state.status === "checking") return "";
  if (state.status === "unchanged") return "No changes.";
  if (state.status === "error") return state.message;
  const { anchored, orphaned } = state.preview.counts;
  return `${anchored} annotations kept${orphaned > 0 ? `, ${orphaned} will need re-attaching` : ""}.`;
}
