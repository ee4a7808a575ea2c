import type { ApiTokenDTO } from "@/lib/server/api-token/api-token-dto";
import type { ApiTokenDtoRow } from "@/lib/server/api-token/api-token-dto-select";

export function toApiTokenDTO(row: ApiTokenDtoRow): ApiTokenDTO {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    project: row.project ? { slug: row.project.slug, name: row.project.name } : null,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
