"use client";

import { useEffect, useState } from "react";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";
import type { BackgroundJobDTO } from "@/lib/server/background-job/background-job-dto";

// How often a running job is asked about: progress is written per chunk
// (imports) or per 256 KB (exports), so faster polling would show nothing new.
const POLL_MS = 1000;

export type JobWatch = { job: BackgroundJobDTO | null; error: string | null };

/** Follows one background job until it completes or fails (polling its status route). */
export function useBackgroundJob(slug: string, jobId: string): JobWatch {
  const [watch, setWatch] = useState<JobWatch>({ job: null, error: null });
  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const url = `/api/projects/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}`;
    const poll = async () => {
      try {
        const { job } = await apiRequest<{ job: BackgroundJobDTO }>(url, { signal: abort.signal });
        setWatch({ job, error: null });
        if (job.state === "COMPLETED" || job.state === "FAILED") return;
      } catch (failure) {
        if (abort.signal.aborted) return;
        // A passing failure (the server restarting) is shown and polling goes on.
        setWatch((w) => ({ ...w, error: failure instanceof ApiRequestError ? failure.message : "Could not ask about the job." }));
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [slug, jobId]);
  return watch;
}
