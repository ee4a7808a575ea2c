import type { BackgroundJob } from "@/lib/generated/prisma/client";

// What the client sees of a background job (never the input: an import's
// files can be megabytes).
export type BackgroundJobDTO = {
  id: string;
  kind: string;
  state: "QUEUED" | "RUNNING" | "RETRYING" | "COMPLETED" | "FAILED";
  done: number;
  total: number | null;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  result: unknown;
  createdAt: string;
  finishedAt: string | null;
};

export function toBackgroundJobDTO(job: BackgroundJob): BackgroundJobDTO {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    done: job.done,
    total: job.total,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    error: job.error,
    result: job.result,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
