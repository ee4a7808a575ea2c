import type { ExportOptions, ExportProject } from "./types";

/**
 * An IRI under the project's W3C Web Annotation Protocol server
 * (app/api/projects/[slug]/w3c/, docs/w3c-protocol.md): the container is
 * `w3cIri(…, "annotations")`, an annotation `w3cIri(…, "annotations", id)`,
 * an article revision's text `w3cIri(…, "articles", id, "revisions", "2")`.
 * The export writes these, so every id it holds answers a GET. Segments are
 * percent-encoded one by one, as projectIri does.
 */
export function w3cIri(options: Pick<ExportOptions, "baseUrl">, project: Pick<ExportProject, "slug">, ...segments: string[]): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const path = ["api", "projects", project.slug, "w3c", ...segments].map(encodeURIComponent).join("/");
  return `${base}/${path}`;
}
