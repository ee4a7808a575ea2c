import { db } from "@/lib/db";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import type { ApiTokenDTO } from "@/lib/server/api-token/api-token-dto";
import { apiTokenDtoSelect } from "@/lib/server/api-token/api-token-dto-select";
import { toApiTokenDTO } from "@/lib/server/api-token/to-api-token-dto";

/**
 * The user's own tokens that reach `projectSlug`: the ones bound to it and
 * the ones bound to no project; newest first, revoked ones included (so the
 * list explains why an old script stopped working). Nobody sees others' tokens.
 */
export async function listApiTokens(userId: string, projectSlug: string): Promise<ApiTokenDTO[]> {
  const { project } = await requireProjectAccess(userId, projectSlug);
  const rows = await db.apiToken.findMany({
    where: { userId, OR: [{ projectId: project.id }, { projectId: null }] },
    select: apiTokenDtoSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toApiTokenDTO);
}
