"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { DownloadState } from "./use-export-download";
import { formatBytes } from "./format-bytes";

type Done = Extract<DownloadState, { status: "done" }>;

/** The finished download: a link to save it again and its manifest, checked against the file. */
export function ExportResult({ result }: { result: Done }) {
  const { manifest } = result;
  const matches = manifest?.payload.sha256 === result.sha256;
  return (
    <div className="space-y-3" data-testid="export-result">
      <Alert variant={manifest && !matches ? "warning" : "success"} role="status">
        <AlertTitle>
          Downloaded {result.fileName} ({formatBytes(result.bytes)})
        </AlertTitle>
        <AlertDescription>
          {manifest ? (
            <p>
              {matches
                ? "Its SHA-256 matches the manifest."
                : "Its SHA-256 differs from the manifest: the data changed between the download and the manifest. Export again."}
            </p>
          ) : null}
          <a href={result.url} download={result.fileName} className="underline underline-offset-4">Save the file again</a>
        </AlertDescription>
      </Alert>
      {result.manifestError ? <p className="text-sm text-destructive">Manifest: {result.manifestError}</p> : null}
      {manifest ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" aria-label="Manifest">
          <dt className="text-muted-foreground">Articles</dt><dd data-testid="manifest-articles">{manifest.counts.articles}</dd>
          <dt className="text-muted-foreground">Annotations</dt>
          <dd data-testid="manifest-annotations">{manifest.counts.annotations} ({manifest.counts.claims} claims, {manifest.counts.mentions} mentions)</dd>
          <dt className="text-muted-foreground">Verdicts</dt><dd>{manifest.counts.verdicts}</dd>
          <dt className="text-muted-foreground">Skipped</dt><dd>{manifest.counts.skipped} (not anchored in the current text)</dd>
          <dt className="text-muted-foreground">SHA-256</dt><dd className="break-all font-mono text-xs" data-testid="manifest-sha256">{manifest.payload.sha256}</dd>
          <dt className="text-muted-foreground">Offsets</dt><dd>{manifest.offsets.unit}</dd>
          <dt className="text-muted-foreground">Data as of</dt><dd>{manifest.data_as_of}</dd>
        </dl>
      ) : null}
    </div>
  );
}
