import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/** The dataset license the owner chose (an SPDX id), or null; any member may read it, as every export states it. */
export async function getProjectLicense(access: ProjectAccess): Promise<string | null> {
  const project = await db.project.findUniqueOrThrow({ where: { id: access.project.id }, select: { license: true } });
  return project.license;
}
