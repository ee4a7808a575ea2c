const QID = /^Q[1-9][0-9]*$/;

/**
 * The Wikidata item id in an entity's `externalId` ("Q42"), or null when it
 * is something else (another knowledge base, free text): only a real QID may
 * become a Wikidata IRI.
 */
export function wikidataQid(externalId: string | null): string | null {
  const trimmed = externalId?.trim() ?? "";
  return QID.test(trimmed) ? trimmed : null;
}
