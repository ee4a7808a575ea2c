import { db } from "@/lib/db";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { findOwnAssignment } from "@/lib/server/assignment/find-own-assignment";
import { markAssignmentStarted } from "@/lib/server/assignment/mark-assignment-started";
import { toMyAssignment, type MyAssignment } from "@/lib/server/assignment/to-my-assignment";

// An annotator says "I'm on it" before making a first annotation. Starting
// an assignment already in progress or submitted changes nothing.
export async function startAssignment(actorId: string, projectSlug: string, articleId: string): Promise<MyAssignment> {
  const { project } = await requireProjectAccess(actorId, projectSlug, "annotations.create");
  return db.$transaction(async (tx) => {
    const own = await findOwnAssignment(tx, { projectId: project.id, articleId, userId: actorId });
    await markAssignmentStarted(tx, { projectId: project.id, articleId, userId: actorId });
    return toMyAssignment(tx, own.id, project.blindAnnotation);
  });
}
