import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createAnnotationSchema } from "@/lib/validations/annotation";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { insertAnnotation } from "@/lib/server/annotation/insert-annotation";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";
import { retryOnWriteConflict } from "@/lib/db/retry-on-write-conflict";
import { refreshArticleStatusAfterCommit } from "@/lib/server/article/refresh-article-status";

// Places a claim or an entity mention on the article's current text. The
// annotation, its evidence and entity links, the audit row and the feed event
// are written together or not at all (insertAnnotation does the writing);
// a transaction Postgres ended for a deadlock with another writer on the
// same article is run again (retryOnWriteConflict).
export async function createAnnotation(
  access: ProjectAccess,
  articleId: string,
  input: unknown,
): Promise<AnnotationDTO> {
  assertCan(access, "annotations.create");
  const { project, userId } = access;
  const values = parseInput(createAnnotationSchema, input, "Invalid annotation.");
  const created = await retryOnWriteConflict(() => transaction((tx) => insertAnnotation(tx, { projectId: project.id, userId, articleId, values })));
  // After the commit, as deletes and reviews do: updating the article row
  // inside, while other creates hold it FOR SHARE, deadlocked under load.
  await refreshArticleStatusAfterCommit(created.articleId);
  return created;
}
