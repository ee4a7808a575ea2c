import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { CreateEntityValues } from "@/lib/validations/entity";
import { apiRequest } from "@/components/api-client/api-request";

export type EntitySearch = { q: string; typeId?: string | null; limit?: number };

function entitiesUrl(projectSlug: string): string {
  return `/api/projects/${encodeURIComponent(projectSlug)}/entities`;
}

// GET /api/projects/[slug]/entities?q=&typeId=&limit= → EntityDTO[]
export async function searchEntitiesRequest(projectSlug: string, search: EntitySearch, signal?: AbortSignal): Promise<EntityDTO[]> {
  const params = new URLSearchParams({ q: search.q });
  if (search.typeId) params.set("typeId", search.typeId);
  if (search.limit) params.set("limit", String(search.limit));
  return (await apiRequest<{ entities: EntityDTO[] }>(`${entitiesUrl(projectSlug)}?${params}`, { signal })).entities;
}

// POST /api/projects/[slug]/entities → the created EntityDTO
export async function createEntityRequest(projectSlug: string, values: CreateEntityValues): Promise<EntityDTO> {
  return (await apiRequest<{ entity: EntityDTO }>(entitiesUrl(projectSlug), { method: "POST", body: values })).entity;
}
