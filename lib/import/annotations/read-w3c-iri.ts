/**
 * The id a Claimdesk IRI names after `segment` (".../articles/ck1/revisions/2"
 * → "ck1" for "articles"), or null when the IRI has no such segment. IRIs are
 * built with percent-encoded segments (lib/export/project-iri.ts).
 */
export function readW3cIri(iri: string, segment: string): string | null {
  const parts = iri.replace(/[?#].*$/, "").split("/");
  const at = parts.lastIndexOf(segment);
  const id = at === -1 ? undefined : parts[at + 1];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return null;
  }
}
