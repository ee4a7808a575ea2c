import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { BackgroundJob } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/**
 * One of the person's own background jobs in this project. Someone else's
 * job is NOT_FOUND, like a missing one: its result (an export made with the
 * asker's rights, an import's titles) is theirs.
 */
export async function getBackgroundJob(access: ProjectAccess, jobId: string): Promise<BackgroundJob> {
  assertCan(access, "project.view");
  const job = typeof jobId === "string" && jobId.length <= 64
    ? await db.backgroundJob.findFirst({ where: { id: jobId, projectId: access.project.id, createdById: access.userId } })
    : null;
  if (!job) throw new AppError("NOT_FOUND", "Job not found.");
  return job;
}
