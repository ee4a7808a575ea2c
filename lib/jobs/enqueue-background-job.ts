import { db } from "@/lib/db";
import { envSubset } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getJobQueue } from "@/lib/jobs/get-job-queue";
import { jobQueueNames, type BackgroundJobKind, type JobData } from "@/lib/jobs/job-queue-names";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

const queueOf: Record<BackgroundJobKind, string> = {
  "article-import": jobQueueNames.articleImport,
  export: jobQueueNames.export,
};

/**
 * Records a job users can follow (BackgroundJob) and queues it. The caller
 * has checked the person's rights; the job checks them again when it runs.
 * The row is written first: if queueing fails, the row says so rather than
 * sitting "queued" for ever.
 */
export async function enqueueBackgroundJob(access: ProjectAccess, kind: BackgroundJobKind, input: Prisma.InputJsonValue): Promise<{ id: string }> {
  const { JOB_RETRY_LIMIT, JOB_RETRY_DELAY_SECONDS, JOB_EXPIRE_SECONDS } = envSubset("JOB_RETRY_LIMIT", "JOB_RETRY_DELAY_SECONDS", "JOB_EXPIRE_SECONDS");
  const row = await db.backgroundJob.create({
    data: { projectId: access.project.id, createdById: access.userId, kind, input, maxAttempts: JOB_RETRY_LIMIT + 1 },
    select: { id: true },
  });
  try {
    const boss = await getJobQueue();
    const data: JobData = { backgroundJobId: row.id };
    await boss.send(queueOf[kind], data, {
      retryLimit: JOB_RETRY_LIMIT,
      retryDelay: JOB_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: JOB_EXPIRE_SECONDS,
      deadLetter: jobQueueNames.deadLetter,
    });
  } catch (error) {
    await db.backgroundJob.update({
      where: { id: row.id },
      data: { state: "FAILED", error: "The job could not be queued; try again.", finishedAt: new Date() },
    });
    throw error;
  }
  return row;
}
