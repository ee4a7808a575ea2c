import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ApiTokenDTO } from "@/lib/server/api-token/api-token-dto";
import { apiTokenDtoSelect } from "@/lib/server/api-token/api-token-dto-select";
import { toApiTokenDTO } from "@/lib/server/api-token/to-api-token-dto";

/**
 * The user's own tokens that reach the access's project: the ones bound to it and
 * the ones bound to no project; newest first, revoked ones included (so the
 * list explains why an old script stopped working). Nobody sees others' tokens.
 */
export async function listApiTokens(access: ProjectAccess): Promise<ApiTokenDTO[]> {
  assertCan(access, "project.view");
  const { project, userId } = access;
  const rows = await db.apiToken.findMany({
    where: { userId, OR: [{ projectId: project.id }, { projectId: null }] },
    select: apiTokenDtoSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toApiTokenDTO);
}
