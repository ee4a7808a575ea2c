"use client";

import type { ReactNode } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { BackgroundJobDTO } from "@/lib/server/background-job/background-job-dto";
import { useBackgroundJob } from "./use-background-job";

type Props = {
  slug: string;
  jobId: string;
  // What one unit of progress is, for the sentence under the bar ("articles").
  describeProgress: (job: BackgroundJobDTO) => string;
  // The completed job's result.
  renderResult: (job: BackgroundJobDTO) => ReactNode;
};

const stateText: Record<BackgroundJobDTO["state"], string> = {
  QUEUED: "Waiting for a worker…",
  RUNNING: "Running",
  RETRYING: "Failed; will retry",
  COMPLETED: "Done",
  FAILED: "Failed",
};

/**
 * A background job as its starter sees it: state, a progress bar (determinate
 * once the total is known), the attempt when it is not the first, the last
 * error while it retries or when it failed, and the result when done.
 */
export function BackgroundJobProgress({ slug, jobId, describeProgress, renderResult }: Props) {
  const { job, error } = useBackgroundJob(slug, jobId);
  if (!job) return <p className="text-sm text-muted-foreground" role="status">{error ?? "Queued…"}</p>;
  const known = job.total !== null && job.total > 0;
  const finished = job.state === "COMPLETED" || job.state === "FAILED";
  return (
    <section className="space-y-2" aria-label="Background job" data-testid="background-job" data-state={job.state}>
      {job.state !== "COMPLETED" ? (
        <progress
          className="h-2 w-full accent-primary"
          max={known ? job.total! : undefined}
          value={known ? Math.min(job.done, job.total!) : undefined}
          aria-label="Job progress"
        />
      ) : null}
      <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="background-job-status">
        {stateText[job.state]} · {describeProgress(job)}
        {job.attempts > 1 || job.state === "RETRYING" || job.state === "FAILED" ? ` · attempt ${job.attempts} of ${job.maxAttempts}` : ""}
      </p>
      {job.error && !(job.state === "COMPLETED") ? (
        <Alert variant={job.state === "FAILED" ? "destructive" : "default"}>
          <AlertDescription data-testid="background-job-error">{job.state === "FAILED" ? "The job failed: " : "Last attempt failed: "}{job.error}</AlertDescription>
        </Alert>
      ) : null}
      {error && !finished ? <p className="text-xs text-muted-foreground">{error}</p> : null}
      {job.state === "COMPLETED" ? renderResult(job) : null}
    </section>
  );
}
