"use client";

import { BackgroundJobProgress } from "@/components/jobs/background-job-progress";
import type { ArticleImportResult } from "@/lib/server/article-import/article-import-types";
import { ArticleImportSummary } from "./article-import-summary";

/** A background import's progress (articles saved of those chosen) and, when done, the usual summary. */
export function BackgroundImportJob({ slug, jobId }: { slug: string; jobId: string }) {
  return (
    <BackgroundJobProgress
      slug={slug}
      jobId={jobId}
      describeProgress={(job) => (job.total === null ? "reading the files" : `${job.done.toLocaleString("en")} of ${job.total.toLocaleString("en")} articles`)}
      renderResult={(job) => <ArticleImportSummary slug={slug} result={job.result as ArticleImportResult} />}
    />
  );
}
