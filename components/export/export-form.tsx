"use client";

import { useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { CheckboxGroup } from "./checkbox-group";
import { ClaimReviewGaps } from "./claim-review-gaps";
import { formatChoices, type ExportChoices } from "./export-choices";
import { exportQuery } from "./export-query";
import { ExportProgress } from "./export-progress";
import { ExportResult } from "./export-result";
import { BackgroundExportJob } from "./background-export-job";
import { useExportDownload } from "./use-export-download";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";

type Estimate = { articles: number; annotations: number; claims: number; mentions: number };

type Props = {
  slug: string;
  annotators: Array<{ id: string; name: string }>;
  statuses: Array<{ key: string; name: string }>;
  // Viewers' exports are always pseudonymised (the server enforces it).
  forcePseudonyms: boolean;
};

const initial: ExportChoices = {
  format: "jsonl", publishedFrom: "", publishedTo: "", updatedFrom: "", updatedTo: "",
  annotators: [], kinds: [], statuses: [], review: "all", notes: true, publishNotes: false, pseudonymise: false,
};

export function ExportForm({ slug, annotators, statuses, forcePseudonyms }: Props) {
  const [choices, setChoices] = useState<ExportChoices>({ ...initial, pseudonymise: forcePseudonyms });
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [estimateError, setEstimateError] = useState<string | null>(null);
  const { state, start, cancel } = useExportDownload();
  const [jobId, setJobId] = useState<string | null>(null);
  const [jobError, setJobError] = useState<string | null>(null);
  const base = `/api/projects/${encodeURIComponent(slug)}/exports`;
  const estimateUrl = `${base}?${exportQuery(choices, "estimate")}`;
  const set = <K extends keyof ExportChoices>(key: K) => (value: ExportChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));
  const lineFormat = useMemo(() => formatChoices.find((f) => f.value === choices.format)?.lines ?? false, [choices.format]);

  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        setEstimate(await apiRequest<Estimate>(estimateUrl, { signal: abort.signal }));
        setEstimateError(null);
      } catch (failure) {
        if (!abort.signal.aborted) setEstimateError(failure instanceof ApiRequestError ? failure.message : "Could not estimate.");
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [estimateUrl]);

  // The same export written to a file on the server by a background job,
  // for exports too large to wait for: the page shows its progress and link.
  async function prepareInBackground() {
    setJobError(null);
    try {
      const query = Object.fromEntries(new URLSearchParams(exportQuery(choices, "payload")));
      const { job } = await apiRequest<{ job: { id: string } }>(`/api/projects/${encodeURIComponent(slug)}/jobs/export`, { method: "POST", body: { query } });
      setJobId(job.id);
    } catch (failure) {
      setJobError(failure instanceof ApiRequestError ? failure.message : "Could not start the export.");
    }
  }

  const running = state.status === "running";
  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        void start(`${base}?${exportQuery(choices, "payload")}`, `${base}?${exportQuery(choices, "manifest")}`);
      }}
    >
      <div className="space-y-2">
        <Label htmlFor="export-format">Format</Label>
        <NativeSelect id="export-format" value={choices.format} onChange={(e) => set("format")(e.currentTarget.value)} className="w-full" disabled={running}>
          {formatChoices.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
        </NativeSelect>
      </div>

      <fieldset className="grid gap-4 sm:grid-cols-2" disabled={running}>
        <legend className="sr-only">Dates</legend>
        {([
          ["publishedFrom", "Published from"], ["publishedTo", "Published until"],
          ["updatedFrom", "Annotations changed from"], ["updatedTo", "Annotations changed until"],
        ] as const).map(([key, label]) => (
          <div key={key} className="space-y-2">
            <Label htmlFor={`export-${key}`}>{label}</Label>
            <Input id={`export-${key}`} type="date" value={choices[key]} onChange={(e) => set(key)(e.currentTarget.value)} />
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-4" disabled={running}>
        <legend className="sr-only">Annotations</legend>
        <CheckboxGroup legend="Kinds" name="kinds" value={choices.kinds} onChange={set("kinds")}
          options={[{ value: "claim", label: "Claims" }, { value: "mention", label: "Entity mentions" }]} hint="None checked: both." />
        <CheckboxGroup legend="Annotators" name="annotators" value={choices.annotators} onChange={set("annotators")}
          options={annotators.map((a) => ({ value: a.id, label: a.name }))} hint="None checked: everyone." />
        <CheckboxGroup legend="Verification statuses" name="statuses" value={choices.statuses} onChange={set("statuses")}
          options={statuses.map((s) => ({ value: s.key, label: s.name }))} hint="Narrows claims only; none checked: every status." />
        <div className="space-y-2">
          <Label htmlFor="export-review">Review state</Label>
          <NativeSelect id="export-review" value={choices.review} onChange={(e) => set("review")(e.currentTarget.value as ExportChoices["review"])} className="w-full">
            <option value="all">All annotations</option>
            <option value="accepted">Accepted by a reviewer</option>
            <option value="gold">Gold layer only</option>
          </NativeSelect>
        </div>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4 accent-primary" checked={choices.notes} onChange={(e) => set("notes")(e.currentTarget.checked)} />
            Include notes
          </label>
          {choices.format === "claimreview" ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" className="size-4 accent-primary" checked={choices.notes && choices.publishNotes} disabled={!choices.notes}
                onChange={(e) => set("publishNotes")(e.currentTarget.checked)} />
              Publish internal notes where a verdict has no public explanation
            </label>
          ) : null}
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4 accent-primary" checked={choices.pseudonymise} disabled={forcePseudonyms}
              onChange={(e) => set("pseudonymise")(e.currentTarget.checked)} />
            Pseudonymise annotators{forcePseudonyms ? " (always, for viewers)" : ""}
          </label>
        </div>
      </fieldset>

      <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="export-estimate">
        {estimateError ?? (estimate ? `About ${estimate.articles} articles and ${estimate.annotations} annotations (${estimate.claims} claims, ${estimate.mentions} mentions).` : "Estimating…")}
      </p>

      {choices.format === "claimreview" ? <ClaimReviewGaps url={`${base}?${exportQuery(choices, "gaps")}`} /> : null}

      {running ? (
        <ExportProgress bytes={state.bytes} lines={state.lines} expectedLines={lineFormat ? (estimate?.articles ?? null) : null} onCancel={cancel} />
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">Export</Button>
          <Button type="button" variant="outline" onClick={prepareInBackground}>Prepare in the background</Button>
          {/* Archives hold it already; for single files it is its own download. */}
          <a className="text-sm underline-offset-2 hover:underline" href={`${base}?${exportQuery(choices, "card")}`} download="README.md">
            Dataset card (README.md)
          </a>
        </div>
      )}
      {state.status === "cancelled" ? <p className="text-sm text-muted-foreground" role="status">Export cancelled; nothing was saved.</p> : null}
      {state.status === "failed" ? (
        <Alert variant="destructive"><AlertDescription>{state.message}</AlertDescription></Alert>
      ) : null}
      {state.status === "done" ? <ExportResult result={state} /> : null}
      {jobError ? <Alert variant="destructive"><AlertDescription>{jobError}</AlertDescription></Alert> : null}
      {jobId ? <BackgroundExportJob key={jobId} slug={slug} jobId={jobId} /> : null}
    </form>
  );
}
