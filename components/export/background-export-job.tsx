"use client";

import { BackgroundJobProgress } from "@/components/jobs/background-job-progress";
import { formatBytes } from "./format-bytes";

type Prepared = { fileName: string; bytes: number };

/** A background export's progress (bytes written) and, when done, its download link. */
export function BackgroundExportJob({ slug, jobId }: { slug: string; jobId: string }) {
  const fileUrl = `/api/projects/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}/file`;
  return (
    <BackgroundJobProgress
      slug={slug}
      jobId={jobId}
      describeProgress={(job) => `${formatBytes(job.done)} written`}
      renderResult={(job) => {
        const result = job.result as Prepared;
        return (
          <p className="text-sm" data-testid="background-export-ready">
            Ready:{" "}
            <a className="font-medium underline underline-offset-2" href={fileUrl} download={result.fileName}>
              {result.fileName}
            </a>{" "}
            ({formatBytes(result.bytes)}). The file stays available from this link.
          </p>
        );
      }}
    />
  );
}
