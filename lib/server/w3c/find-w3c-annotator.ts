import { AppError } from "@/lib/errors/app-error";
import { w3cIri } from "@/lib/export/w3c-iri";
import type { DbClient } from "@/lib/server/db-client";
import { loadExportVocabulary } from "@/lib/server/export/load-export-vocabulary";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/**
 * An annotation's `creator` as a resource (a foaf:Person in the anno.jsonld
 * context), by the id the W3C export or the container wrote: a user id, or a
 * pseudonym ("annotator-3", numbered as exports number them) when names were
 * pseudonymised. Viewers, who only ever see pseudonyms, resolve pseudonyms
 * only, and a pseudonym is answered with the pseudonym alone, so the IRI never
 * ties a pseudonym to a name. Only people who annotated in the project
 * resolve; anyone else is not found.
 */
export async function findW3cAnnotator(db: DbClient, access: ProjectAccess, baseUrl: string, annotatorId: string): Promise<Record<string, unknown>> {
  const { authors } = await loadExportVocabulary(db, access.project.id);
  const all = [...authors.values()];
  const byPseudonym = all.find((a) => a.pseudonym === annotatorId);
  const byId = access.role === "VIEWER" ? undefined : authors.get(annotatorId);
  if (!byPseudonym && !byId) throw new AppError("NOT_FOUND", "Annotator not found.");
  const name = byPseudonym ? byPseudonym.pseudonym : byId!.name;
  return { "@context": "http://www.w3.org/ns/anno.jsonld", id: w3cIri({ baseUrl }, access.project, "annotators", annotatorId), type: "Person", name };
}
