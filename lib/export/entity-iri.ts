import { projectIri } from "./project-iri";
import type { ExportEntity, ExportOptions, ExportProject } from "./types";
import { wikidataQid } from "./wikidata-qid";

/**
 * The IRI that names an entity: its Wikidata concept IRI when `externalId` is
 * a QID (the form Wikidata itself uses as the item's identifier, so linked-data
 * tools match it), else the entity's IRI in the project.
 */
export function entityIri(entity: ExportEntity, project: ExportProject, options: Pick<ExportOptions, "baseUrl">): string {
  const qid = wikidataQid(entity.externalId);
  return qid ? `http://www.wikidata.org/entity/${qid}` : projectIri(options, project, "entities", entity.id);
}
