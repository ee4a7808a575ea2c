import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { BackgroundJob, Prisma } from "@/lib/generated/prisma/client";
import type { JobData } from "@/lib/jobs/job-queue-names";
import { handJobBack } from "@/lib/jobs/hand-job-back";
import { JobInterrupted } from "@/lib/jobs/job-interrupted";
import { jobShutdownSignal } from "@/lib/jobs/job-shutdown-signal";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";

/**
 * A job's work. `stopping` is aborted when the process shuts down: a long
 * handler checks it at its safe points and throws JobInterrupted there.
 */
export type BackgroundJobHandler = (job: BackgroundJob, stopping: AbortSignal) => Promise<Prisma.InputJsonValue>;

/**
 * Runs one queued job's handler and keeps its BackgroundJob row true:
 * RUNNING with the attempt number, then COMPLETED with the result, or on an
 * error RETRYING (pg-boss runs it again after a backoff) or FAILED (retries
 * used up, or a PermanentJobError / user-facing AppError that a retry cannot
 * cure). A job whose row is already finished does nothing, so a redelivery
 * never repeats work. A handler interrupted by a shutdown (JobInterrupted)
 * puts the row back to QUEUED and the job back in the queue with its retry
 * count unchanged: stopping a worker is not a failure.
 */
export async function runBackgroundJob(job: PgBoss.JobWithMetadata<JobData>, handler: BackgroundJobHandler): Promise<void> {
  const id = job.data.backgroundJobId;
  const row = await db.backgroundJob.findUnique({ where: { id } });
  if (!row || row.state === "COMPLETED" || row.state === "FAILED") return;
  const running = await db.backgroundJob.update({ where: { id }, data: { state: "RUNNING", attempts: job.retryCount + 1 } });
  try {
    const result = await handler(running, jobShutdownSignal());
    await db.backgroundJob.update({ where: { id }, data: { state: "COMPLETED", result, error: null, finishedAt: new Date() } });
  } catch (error) {
    if (error instanceof JobInterrupted) {
      // The row first: once handed back, another worker may mark it RUNNING at once.
      await db.backgroundJob.update({ where: { id }, data: { state: "QUEUED" } });
      // Returning normally either way: a throw would make pg-boss fail (and
      // count) the job after all. pg-boss's own "complete" afterwards finds it
      // no longer active and does nothing. Not handed back means supervision
      // already expired it, and it is being retried anyway.
      await handJobBack(job.name, job.id);
      return;
    }
    const permanent = error instanceof PermanentJobError || error instanceof AppError;
    const last = permanent || job.retryCount >= job.retryLimit;
    const message = error instanceof Error ? error.message : String(error);
    await db.backgroundJob.update({
      where: { id },
      data: { state: last ? "FAILED" : "RETRYING", error: message, finishedAt: last ? new Date() : null },
    });
    // pg-boss retries or fails it; a permanent failure is completed instead,
    // so nothing runs it again.
    if (!permanent) throw error;
  }
}
