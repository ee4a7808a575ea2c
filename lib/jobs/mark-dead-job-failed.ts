import { db } from "@/lib/db";
import type { JobData } from "@/lib/jobs/job-queue-names";

/**
 * A job out of retries whose row is not finished: its worker died (killed,
 * out of memory, timed out) on the last attempt, so no handler said so.
 * Report it failed, never lost.
 */
export async function markDeadJobFailed(data: JobData): Promise<void> {
  await db.backgroundJob.updateMany({
    where: { id: data.backgroundJobId, state: { notIn: ["COMPLETED", "FAILED"] } },
    data: { state: "FAILED", error: "The job stopped without finishing on every attempt (its worker was stopped or timed out).", finishedAt: new Date() },
  });
}
