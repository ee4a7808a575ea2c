import { readW3cIri } from "./read-w3c-iri";
import type { ImportedDocument, ImportedSpan, LabelRef, ParsedAnnotationFile, ParsedItem } from "./types";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

/**
 * W3C Web Annotation JSON-LD as lib/export/serialize-w3c.ts writes it (an
 * AnnotationCollection whose first page lists the annotations), and also a
 * bare AnnotationPage, a list, or one Annotation. Each annotation needs a
 * target with a TextPositionSelector (code points, as the model defines
 * them); its TextQuoteSelector's `exact` is checked against the text. Bodies
 * map back as the exporter wrote them: TextualBody "tagging" → label,
 * "assessing" → status, "commenting" → note; SpecificResource "identifying"
 * → the mention's entity, "linking" → a claim's entity. The motivation gives
 * the kind ("assessing" → claim, "identifying"/"tagging" → mention).
 *
 * W3C carries no article text: its annotations attach to articles already in
 * the project. Annotations on the same source are grouped into one document.
 */
export function parseW3c(content: string): ParsedAnnotationFile {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\ufeff/, ""));
  } catch {
    return { format: "w3c", entities: [], items: [{ item: "file", error: "The file is not valid JSON." }] };
  }
  const annotations = collect(value);
  if (annotations.length === 0) return { format: "w3c", entities: [], items: [{ item: "file", error: "The file holds no Web Annotations." }] };
  const bySource = new Map<string, ImportedDocument>();
  const items: ParsedItem[] = [];
  annotations.forEach((annotation, i) => {
    const item = `annotation ${i + 1}`;
    const read = readAnnotation(annotation, item);
    if ("error" in read) return void items.push({ item, error: read.error });
    const document = bySource.get(read.source);
    if (document) return void document.spans.push(read.span);
    const articleId = readW3cIri(read.source, "articles");
    const created: ImportedDocument = { item: `target ${read.source}`, article: articleId ? { id: articleId } : { url: read.source }, spans: [read.span], warnings: [] };
    bySource.set(read.source, created);
    items.push({ parsed: created });
  });
  return { format: "w3c", entities: [], items };
}

function collect(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return [];
  if (value.type === "AnnotationCollection") return isObject(value.first) ? collect(value.first) : [];
  if (value.type === "AnnotationPage") return asList(value.items);
  return [value];
}

function readAnnotation(a: unknown, item: string): { source: string; span: ImportedSpan } | { error: string } {
  if (!isObject(a) || a.type !== "Annotation") return { error: `${item}: not a Web Annotation (type "Annotation").` };
  const target = asList(a.target).find(isObject);
  const source = target ? str(target.source) : null;
  if (!target || !source) return { error: `${item}: the target has no source.` };
  const selectors = asList(target.selector).filter(isObject);
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  if (!position) return { error: `${item}: the target needs a TextPositionSelector (start and end in code points).` };
  const start = position.start;
  const end = position.end;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    return { error: `${item}: the TextPositionSelector needs whole numbers with 0 ≤ start < end.` };
  }
  const motivations = asList(a.motivation).map(str);
  const kind = motivations.includes("assessing") ? "CLAIM" : motivations.some((m) => m === "identifying" || m === "tagging") ? "ENTITY_MENTION" : null;
  const bodies = asList(a.body).filter(isObject);
  const textual = (purpose: string) => bodies.filter((b) => b.type === "TextualBody" && b.purpose === purpose).map((b) => str(b.value)).filter((v): v is string => v !== null);
  const resources = (purpose: string) => bodies.filter((b) => b.type === "SpecificResource" && b.purpose === purpose).map((b) => entityRef(str(b.source)));
  const tag = textual("tagging")[0];
  const status = textual("assessing")[0];
  const namespace = kind === "CLAIM" ? "CLAIM_TYPE" : kind === "ENTITY_MENTION" ? "ENTITY_TYPE" : null;
  const label: LabelRef | null = tag === undefined ? null : { namespace, value: tag };
  const creator = isObject(a.creator) ? a.creator : null;
  const creatorId = creator ? readW3cIri(str(creator.id) ?? "", "annotators") : null;
  const id = str(a.id);
  return {
    source,
    span: {
      item: `${item}${id ? ` (${id})` : ""}`,
      sourceId: id ? (readW3cIri(id, "annotations") ?? id) : null,
      kind,
      start: start as number,
      end: end as number,
      exact: quote ? str(quote.exact) : null,
      label,
      entityId: kind === "ENTITY_MENTION" ? (resources("identifying")[0] ?? null) : null,
      claim:
        kind === "CLAIM"
          ? {
              status: status === undefined ? null : { namespace: "VERIFICATION_STATUS", value: status },
              checkWorthiness: null,
              confidence: null,
              textChangedAfterVerdict: false,
              entities: resources("linking")
                .filter((e): e is string => e !== null)
                .map((entityId) => ({ entityId, role: "OTHER" as const, mentionId: null })),
              evidence: [],
              cluster: null,
            }
          : null,
      note: textual("commenting")[0] ?? null,
      author: creatorId && creator ? { id: creatorId, name: str(creator.name) ?? "" } : null,
      review: null,
      createdAt: str(a.created),
      updatedAt: str(a.modified),
    },
  };
}

// Entity IRIs: Wikidata's ("…/entity/Q42" → "wikidata:Q42") or the project's ("…/entities/<id>" → id).
function entityRef(iri: string | null): string | null {
  if (!iri) return null;
  const qid = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9][0-9]*)$/.exec(iri)?.[1];
  if (qid) return `wikidata:${qid}`;
  return readW3cIri(iri, "entities");
}
