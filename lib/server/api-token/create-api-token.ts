import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { createApiTokenSchema } from "@/lib/validations/api-token";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import type { ApiTokenDTO } from "@/lib/server/api-token/api-token-dto";
import { apiTokenDtoSelect } from "@/lib/server/api-token/api-token-dto-select";
import { toApiTokenDTO } from "@/lib/server/api-token/to-api-token-dto";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new API token for the access's user, made from the page of its project
 * (the caller must be a member): bound to that project, or reaching every
 * project the user belongs to. The secret is returned once; only its SHA-256
 * is stored, with its first characters to tell tokens apart. A token acts
 * with its user's role, so it can never do more than the user.
 */
export async function createApiToken(
  access: ProjectAccess,
  input: unknown,
  now = new Date(),
): Promise<{ token: ApiTokenDTO; secret: string }> {
  assertCan(access, "project.view");
  const { project, userId } = access;
  const data = parseInput(createApiTokenSchema, input, "Invalid token.");
  const { name, scope, expiresIn } = data;
  const secret = `cd_${randomBytes(32).toString("base64url")}`;
  return transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        userId,
        projectId: scope === "project" ? project.id : null,
        name,
        tokenHash: sha256Hex(secret),
        prefix: secret.slice(0, 10),
        scopes: [],
        expiresAt: expiresIn === "never" ? null : new Date(now.getTime() + Number(expiresIn) * DAY_MS),
      },
      select: apiTokenDtoSelect,
    });
    const token = toApiTokenDTO(row);
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId: userId,
      action: "apiToken.create",
      entityType: "ApiToken",
      entityId: token.id,
      after: { name, prefix: token.prefix, scope, expiresAt: token.expiresAt },
    });
    return { token, secret };
  });
}
