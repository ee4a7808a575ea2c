import { db } from "@/lib/db";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { entitySearchSchema } from "@/lib/validations/entity";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { parseInput } from "@/lib/validations/parse-input";

// LIKE treats % and _ as wildcards; the user's text is matched literally.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Entities of the project whose name or an alias contains `q`, ignoring case:
// names starting with it first, then aliases starting with it, then the rest,
// each alphabetically. An empty `q` lists entities alphabetically.
export async function searchEntities(access: ProjectAccess, input: unknown): Promise<EntityDTO[]> {
  assertCan(access, "project.view");
  const { project } = access;
  const data = parseInput(entitySearchSchema, input, "Invalid search.");
  const { q, typeId, limit } = data;
  const contains = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q)}%`;
  const typeFilter = typeId ?? null;

  const hits = await db.$queryRaw<Array<{ id: string }>>`
    SELECT e.id FROM "Entity" e
    WHERE e."projectId" = ${project.id} AND e."deletedAt" IS NULL
      AND (${typeFilter}::text IS NULL OR e."typeId" = ${typeFilter})
      AND (e.name ILIKE ${contains} OR EXISTS (SELECT 1 FROM unnest(e.aliases) AS alias WHERE alias ILIKE ${contains}))
    ORDER BY
      CASE
        WHEN e.name ILIKE ${prefix} THEN 0
        WHEN EXISTS (SELECT 1 FROM unnest(e.aliases) AS alias WHERE alias ILIKE ${prefix}) THEN 1
        ELSE 2
      END,
      lower(e.name), e.id
    LIMIT ${limit}`;
  if (hits.length === 0) return [];

  const rows = await db.entity.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: entityDtoSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [toEntityDTO(row)] : [];
  });
}
