import { db } from "@/lib/db";
import type { BackgroundJob } from "@/lib/generated/prisma/client";

// Polls a job's row until `done` says so. Bounded by the test's own timeout,
// not by a clock here: on a busy machine a job may take long, never forever.
export async function waitForJob(id: string, done: (job: BackgroundJob) => boolean): Promise<BackgroundJob> {
  for (;;) {
    const job = await db.backgroundJob.findUniqueOrThrow({ where: { id } });
    if (done(job)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const finished = (job: BackgroundJob) => job.state === "COMPLETED" || job.state === "FAILED";
