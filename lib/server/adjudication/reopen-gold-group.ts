import { reopenGoldGroupSchema } from "@/lib/validations/adjudication";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { openGoldGroup } from "@/lib/server/adjudication/open-gold-group";
import { retireGoldAnnotations } from "@/lib/server/adjudication/retire-gold-annotations";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Undoes a group's decision: its gold annotations are soft-deleted and its
// annotations are no longer excluded, so the group is open again. Reopening
// an open group changes nothing.
export async function reopenGoldGroup(access: ProjectAccess, articleId: string, input: unknown): Promise<void> {
  assertCan(access, "gold.adjudicate");
  const { project, userId } = access;
  const data = parseInput(reopenGoldGroupSchema, input, "Invalid request.");

  await transaction(async (tx) => {
    const { article, group } = await openGoldGroup(tx, project.id, articleId, data.groupKey);
    if (group.resolution.state === "open") return;
    const memberIds = group.spans.flatMap((span) => (span ? [span.id] : []));
    if (group.resolution.state === "gold") await retireGoldAnnotations(tx, project.id, userId, group.resolution.goldIds);
    await tx.article.update({ where: { id: article.id }, data: { goldExcludedIds: article.goldExcludedIds.filter((id) => !memberIds.includes(id)) } });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId: userId,
      action: "gold.reopen-group",
      entityType: "Article",
      entityId: article.id,
      before: { groupKey: group.key, resolution: group.resolution },
      after: { groupKey: group.key, resolution: { state: "open" } },
    });
    await refreshArticleStatus(tx, article.id);
    await recordEvent(tx, { projectId: project.id, articleId: article.id, type: "article.adjudicated", actorId: userId, payload: { articleId: article.id, groupKey: group.key, decision: "reopen" } });
  });
}
