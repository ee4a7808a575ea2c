import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { CreateEntityValues } from "@/lib/validations/entity";
import { readApiError } from "@/components/editor/panel/read-api-error";

export type EntitySearch = { q: string; typeId?: string | null; limit?: number };

export class EntityRequestError extends Error {}

function entitiesUrl(projectSlug: string): string {
  return `/api/projects/${encodeURIComponent(projectSlug)}/entities`;
}

// GET /api/projects/[slug]/entities?q=&typeId=&limit= → EntityDTO[]
export async function searchEntitiesRequest(projectSlug: string, search: EntitySearch, signal?: AbortSignal): Promise<EntityDTO[]> {
  const params = new URLSearchParams({ q: search.q });
  if (search.typeId) params.set("typeId", search.typeId);
  if (search.limit) params.set("limit", String(search.limit));
  const response = await fetch(`${entitiesUrl(projectSlug)}?${params}`, { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new EntityRequestError(await readApiError(response));
  const body = (await response.json()) as { entities: EntityDTO[] };
  return body.entities;
}

// POST /api/projects/[slug]/entities → the created EntityDTO
export async function createEntityRequest(projectSlug: string, values: CreateEntityValues): Promise<EntityDTO> {
  const response = await fetch(entitiesUrl(projectSlug), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(values),
  });
  if (!response.ok) throw new EntityRequestError(await readApiError(response));
  const body = (await response.json()) as { entity: EntityDTO };
  return body.entity;
}
