"use client";

import { useId, useState } from "react";
import type { ArticleImportChoice, ArticleImportPreview, ArticleImportResult, ImportFileInput } from "@/lib/server/article-import/article-import-types";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { ArticlePreviewCard } from "./article-preview-card";
import { ArticleImportSummary } from "./article-import-summary";
import { BackgroundImportJob } from "./background-import-job";
import { ItemErrors } from "./item-errors";
import { postImport } from "./post-import";
import { readPickedFiles } from "./read-picked-files";

type Props = { slug: string; maxFileBytes: number; maxLines: number };
type Choices = Record<string, ArticleImportChoice>;

// Paste or pick files → preview (nothing saved) → adjust blocks and metadata → import.
export function ArticleImportPanel({ slug, maxFileBytes, maxLines }: Props) {
  const id = useId();
  const [pasted, setPasted] = useState("");
  const [picked, setPicked] = useState<ImportFileInput[]>([]);
  const [preview, setPreview] = useState<ArticleImportPreview | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [result, setResult] = useState<ArticleImportResult | null>(null);
  const [refused, setRefused] = useState<ArticleImportResult | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const base = `/api/projects/${encodeURIComponent(slug)}/imports/articles`;
  const files = (): ImportFileInput[] => [...picked, ...(pasted.trim() ? [{ name: "Pasted text.txt", content: pasted }] : [])];
  const reset = () => {
    setPreview(null);
    setChoices({});
    setResult(null);
    setRefused(null);
    setMessage(null);
    setJobId(null);
  };

  async function runPreview() {
    setBusy("preview");
    reset();
    const response = await postImport<ArticleImportPreview>(`${base}/preview`, { files: files() });
    if (response.ok) setPreview(response.body);
    else setMessage(response.message);
    setBusy(null);
  }

  async function runImport(importGoodItems: boolean) {
    setBusy("import");
    setMessage(null);
    const response = await postImport<ArticleImportResult>(`${base}/commit`, { files: files(), choices: Object.values(choices), importGoodItems });
    if (response.ok) {
      setResult(response.body);
      setPreview(null);
      setRefused(null);
    } else {
      setMessage(response.message);
      if (response.body?.errors) setRefused(response.body as ArticleImportResult);
    }
    setBusy(null);
  }

  // Large batches: the server saves them in a background job, in chunks,
  // and this page follows its progress (the page may be left meanwhile).
  async function runInBackground() {
    setBusy("import");
    setMessage(null);
    const response = await postImport<{ job: { id: string } }>(`/api/projects/${encodeURIComponent(slug)}/jobs/article-import`, { files: files(), choices: Object.values(choices) });
    if (response.ok) {
      setJobId(response.body.job.id);
      setPreview(null);
    } else setMessage(response.message);
    setBusy(null);
  }

  const update = (key: string, change: (choice: ArticleImportChoice) => ArticleImportChoice) =>
    setChoices((all) => ({ ...all, [key]: change(all[key] ?? { key }) }));
  const importable = preview?.items.filter((item) => !item.duplicateOf && choices[item.key]?.include !== false).length ?? 0;
  const limitMb = Math.round(maxFileBytes / 1024 / 1024);

  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <Label htmlFor={`${id}-paste`}>Paste an article</Label>
          <Textarea id={`${id}-paste`} rows={6} value={pasted} onChange={(e) => { setPasted(e.target.value); reset(); }} placeholder="Title on the first line, then the text…" />
        </div>
        <div className="space-y-2">
          <Label htmlFor={`${id}-files`}>Or choose files</Label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".txt,.text,.md,.markdown,.html,.htm,.jsonl,.ndjson"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm"
            onChange={async (e) => { setPicked(e.target.files ? await readPickedFiles(e.target.files, maxFileBytes) : []); reset(); }}
          />
          <p className="text-xs text-muted-foreground">
            .txt, .md, .html/.htm, or .jsonl with one article per line ({"{"}title, text or html, outlet, url, author, publishedAt, language{"}"}). Up to {limitMb} MB per file and {maxLines.toLocaleString("en")} lines per JSONL file.
          </p>
        </div>
      </div>
      <Button onClick={runPreview} disabled={busy !== null || files().length === 0}>{busy === "preview" ? "Reading…" : "Preview"}</Button>
      {message ? (
        <Alert variant="destructive" role="status">
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      ) : null}
      {refused ? (
        <div className="space-y-3">
          <ItemErrors errors={refused.errors} title="These items could not be imported" />
          <Button variant="outline" onClick={() => runImport(true)} disabled={busy !== null}>Import the good items only</Button>
        </div>
      ) : null}
      {result ? <ArticleImportSummary slug={slug} result={result} /> : null}
      {jobId ? <BackgroundImportJob slug={slug} jobId={jobId} /> : null}
      {preview ? (
        <section aria-label="Import preview" className="space-y-4">
          <ItemErrors errors={preview.errors} title="Not importable" />
          {preview.items.map((item) => (
            <ArticlePreviewCard key={item.key} item={item} choice={choices[item.key]} onChange={(change) => update(item.key, change)} />
          ))}
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={() => runImport(false)} disabled={busy !== null || importable === 0}>
              {busy === "import" ? "Importing…" : `Import ${importable} ${importable === 1 ? "article" : "articles"}`}
            </Button>
            <Button variant="outline" onClick={runInBackground} disabled={busy !== null || importable === 0}>
              Import in the background
            </Button>
            {preview.errors.length > 0 ? <p className="text-sm text-muted-foreground">Items with errors are listed above; Import refuses the batch until you choose to import the good items.</p> : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
