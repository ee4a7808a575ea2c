import { AppError } from "@/lib/errors/app-error";
import { w3cIri } from "@/lib/export/w3c-iri";
import { wikidataQid } from "@/lib/export/wikidata-qid";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/**
 * A project entity as the resource its W3C IRI names (bodies with purpose
 * "identifying"/"linking" point at it when it has no Wikidata QID): a
 * schema.org Thing with its name, aliases, type key and, when it has a QID,
 * `sameAs` the Wikidata item. Any member may read it, as the entity registry.
 */
export async function findW3cEntity(db: DbClient, access: ProjectAccess, baseUrl: string, entityId: string): Promise<Record<string, unknown>> {
  const entity = await db.entity.findFirst({
    where: { id: entityId, projectId: access.project.id, deletedAt: null },
    select: { id: true, name: true, aliases: true, externalId: true, type: { select: { key: true } } },
  });
  if (!entity) throw new AppError("NOT_FOUND", "Entity not found.");
  const qid = wikidataQid(entity.externalId);
  return {
    "@context": "https://schema.org/",
    "@id": w3cIri({ baseUrl }, access.project, "entities", entity.id),
    "@type": "Thing",
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
    additionalType: entity.type.key,
    ...(qid ? { sameAs: `http://www.wikidata.org/entity/${qid}` } : {}),
  };
}
