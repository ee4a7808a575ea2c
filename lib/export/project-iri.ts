import type { ExportOptions, ExportProject } from "./types";

/**
 * An absolute IRI under the project on `options.baseUrl`, from path segments
 * that are percent-encoded one by one ("articles", id → /projects/demo/articles/ck…),
 * so an id can never break out of its segment. Ids and urls in every format
 * are built here, so they agree across formats.
 */
export function projectIri(options: Pick<ExportOptions, "baseUrl">, project: ExportProject, ...segments: string[]): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const path = ["projects", project.slug, ...segments].map(encodeURIComponent).join("/");
  return `${base}/${path}`;
}
