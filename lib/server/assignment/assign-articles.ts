import { assignArticlesSchema } from "@/lib/validations/assignment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { insertAssignments, type AssignmentPair } from "@/lib/server/assignment/insert-assignments";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Owners assign every chosen article to every chosen person. People already
// assigned to an article keep their assignment (and its progress).
export async function assignArticles(access: ProjectAccess, input: unknown): Promise<{ created: AssignmentPair[] }> {
  assertCan(access, "articles.assign");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(assignArticlesSchema, input, "Invalid assignment.");
  const { articleIds, userIds } = data;
  const pairs = articleIds.flatMap((articleId) => userIds.map((userId) => ({ articleId, userId })));
  return transaction((tx) => insertAssignments(tx, { projectId: project.id, actorId }, pairs));
}
