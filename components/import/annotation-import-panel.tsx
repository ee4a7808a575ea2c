"use client";

import { useId, useState } from "react";
import type { AnnotationImportFormat } from "@/lib/import/annotations/types";
import type { ImportFileInput } from "@/lib/server/article-import/article-import-types";
import type { AnnotationImportPreview, AnnotationImportResult, LabelMappingChoice } from "@/lib/server/annotation-import/annotation-import-types";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { AnnotationImportItems } from "./annotation-import-items";
import { AttributionOptions, type AttributionChoice } from "./attribution-options";
import { ItemErrors } from "./item-errors";
import { LabelMappingStep } from "./label-mapping-step";
import { postImport } from "./post-import";
import { readPickedFiles } from "./read-picked-files";

type Props = { slug: string; maxFileBytes: number; maxLines: number };

const formatNames: Record<AnnotationImportFormat, string> = {
  "label-studio": "Label Studio JSON",
  doccano: "doccano JSONL",
  "claimdesk-jsonl": "Claimdesk JSONL",
  w3c: "W3C Web Annotation",
};

// Pick files → preview (formats detected, articles matched, labels checked)
// → map unknown labels → import. Nothing is saved before Import.
export function AnnotationImportPanel({ slug, maxFileBytes }: Props) {
  const id = useId();
  const [files, setFiles] = useState<ImportFileInput[]>([]);
  const [formats, setFormats] = useState<Record<string, AnnotationImportFormat>>({});
  const [mapping, setMapping] = useState<Record<string, LabelMappingChoice>>({});
  const [createArticles, setCreateArticles] = useState<boolean | undefined>(undefined);
  const [attribution, setAttribution] = useState<AttributionChoice>({ keepAuthors: false, keepReviewStates: false });
  const [preview, setPreview] = useState<AnnotationImportPreview | null>(null);
  const [result, setResult] = useState<AnnotationImportResult | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const base = `/api/projects/${encodeURIComponent(slug)}/imports/annotations`;
  // The owner-only options are sent only when ticked, so other roles never send them.
  const request = (extra: object = {}) => ({
    files, formats, labelMapping: mapping, ...(createArticles === undefined ? {} : { createArticles }),
    ...(attribution.keepAuthors ? { keepAuthors: true } : {}), ...(attribution.keepReviewStates ? { keepReviewStates: true } : {}), ...extra,
  });

  async function runPreview(overrides: { formats?: Record<string, AnnotationImportFormat>; createArticles?: boolean } & Partial<AttributionChoice> = {}) {
    setBusy("preview");
    setMessage(null);
    setResult(null);
    const response = await postImport<AnnotationImportPreview>(`${base}/preview`, { ...request(), ...overrides });
    if (response.ok) setPreview(response.body);
    else setMessage(response.message);
    setBusy(null);
  }

  async function runImport(importGoodItems: boolean) {
    setBusy("import");
    setMessage(null);
    const response = await postImport<AnnotationImportResult>(`${base}/commit`, request({ importGoodItems }));
    if (response.ok) {
      setResult(response.body);
      setPreview(null);
    } else {
      setMessage(response.message);
      if (response.body?.items) setPreview(response.body as AnnotationImportResult);
    }
    setBusy(null);
  }

  const unmapped = preview?.unknownLabels.filter((l) => !mapping[l.key]).length ?? 0;
  const total = preview?.items.reduce((n, item) => n + item.annotations, 0) ?? 0;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Label htmlFor={`${id}-files`}>Annotation files</Label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,.jsonl,.jsonld,.ndjson"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm"
          onChange={async (e) => {
            setFiles(e.target.files ? await readPickedFiles(e.target.files, maxFileBytes) : []);
            setFormats({});
            setPreview(null);
            setResult(null);
          }}
        />
        <p className="text-xs text-muted-foreground">Label Studio JSON, doccano JSONL, or Claimdesk&apos;s own JSONL and W3C exports. The format is detected; you can change it after the preview.</p>
      </div>
      <Button onClick={() => runPreview()} disabled={busy !== null || files.length === 0}>{busy === "preview" ? "Reading…" : "Preview"}</Button>
      {message ? (
        <Alert variant="destructive" role="status">
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      ) : null}
      {result?.saved ? (
        <Alert variant="success" role="status" data-testid="annotation-import-summary">
          <AlertDescription>
            Imported {result.createdAnnotations} annotations{result.createdArticles.length > 0 ? `, created ${result.createdArticles.length} articles` : ""}
            {result.createdEntities > 0 ? `, ${result.createdEntities} entities` : ""}
            {result.createdLabels > 0 ? `, ${result.createdLabels} labels` : ""}.
          </AlertDescription>
        </Alert>
      ) : null}
      {result?.saved ? <AnnotationImportItems slug={slug} items={result.items} /> : null}
      {preview ? (
        <section aria-label="Import preview" className="space-y-5">
          <ul className="space-y-2">
            {preview.files.map((file) => (
              <li key={file.index} className="flex flex-wrap items-center gap-3 text-sm">
                <span className="font-medium">{file.name}</span>
                <NativeSelect
                  aria-label={`Format of ${file.name}`}
                  value={formats[file.index] ?? file.format ?? ""}
                  onChange={(e) => {
                    const next = { ...formats, [file.index]: e.target.value as AnnotationImportFormat };
                    setFormats(next);
                    void runPreview({ formats: next });
                  }}
                >
                  {file.format === null ? <option value="">Unknown format: choose</option> : null}
                  {Object.entries(formatNames).map(([value, name]) => <option key={value} value={value}>{name}</option>)}
                </NativeSelect>
                {file.detected ? <span className="text-xs text-muted-foreground">detected</span> : null}
              </li>
            ))}
          </ul>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={createArticles ?? preview.createArticles} onChange={(e) => { setCreateArticles(e.target.checked); void runPreview({ createArticles: e.target.checked }); }} />
            Create articles this project lacks from the file&apos;s text
          </label>
          <AttributionOptions
            preview={preview}
            choice={attribution}
            disabled={busy !== null}
            onChange={(next) => { setAttribution(next); void runPreview({ keepAuthors: next.keepAuthors, keepReviewStates: next.keepReviewStates }); }}
          />
          <ItemErrors errors={preview.errors} title="Not importable" />
          <LabelMappingStep preview={preview} mapping={mapping} onChange={setMapping} onCheck={() => runPreview()} busy={busy !== null} />
          <AnnotationImportItems slug={slug} items={preview.items} />
          {preview.ids.kept + preview.ids.renewed > 0 ? (
            <p className="text-sm text-muted-foreground" data-testid="annotation-import-ids">
              {preview.ids.renewed === 0
                ? preview.ids.kept === 1 ? "The annotation keeps its id from the file." : `All ${preview.ids.kept} annotations keep their ids from the file.`
                : `${preview.ids.kept} annotations keep their ids from the file; ${preview.ids.renewed} get new ones, because rows in this database already hold theirs (a copy stays apart from its original).`}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => runImport(false)} disabled={busy !== null || unmapped > 0 || total === 0}>{busy === "import" ? "Importing…" : `Import ${total} annotations`}</Button>
            {preview.errors.length > 0 ? <Button variant="outline" onClick={() => runImport(true)} disabled={busy !== null || unmapped > 0}>Import the good items only</Button> : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
