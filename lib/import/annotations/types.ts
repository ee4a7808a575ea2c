import type { AnnotationKind } from "@/lib/generated/prisma/enums";
// Shapes of the annotation import parsers. Types only; grouped in one file
// because every parser speaks them (as lib/import/types.ts does).
//
// UNITS. Every `start`/`end` here is a Unicode CODE POINT offset, half-open,
// into the article text the span belongs to: parsers convert formats that
// count otherwise (Label Studio's UTF-16 units) before returning.

export type AnnotationImportFormat = "label-studio" | "doccano" | "claimdesk-jsonl" | "w3c";

export type LabelNamespace = "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS";

// A label as the file names it. `namespace` null: a single-namespace span
// label (Label Studio, doccano), resolved to a claim type or entity type by
// the mapping step.
export type LabelRef = { namespace: LabelNamespace | null; value: string };

export type ImportedArticle = {
  // Ways to find the article in the project; any may be absent.
  id?: string;
  url?: string | null;
  // Present when the file carries the whole text (all formats but W3C);
  // needed to create the article.
  text?: string;
  title?: string;
  outlet?: string;
  author?: string | null;
  publishedAt?: string | null;
  language?: string;
  revision?: number;
};

export type ImportedAuthor = { id: string; name: string };

export type ImportedClaimDetails = {
  status: LabelRef | null;
  checkWorthiness: number | null;
  confidence: number | null;
  textChangedAfterVerdict: boolean;
  // Ids are the file's: entity ids of `ParsedAnnotationFile.entities`, mention ids of spans.
  entities: Array<{ entityId: string; role: "CLAIMANT" | "SUBJECT" | "OBJECT" | "PLACE" | "OTHER"; mentionId: string | null }>;
  evidence: Array<{ url: string; title: string; stance: "SUPPORTS" | "REFUTES" | "CONTEXT"; note: string }>;
  cluster: { id: string; relation: "SAME" | "CORROBORATES" | "ATTRIBUTES" | "CONTRADICTS"; title: string | null; statement: string | null } | null;
};

export type ImportedReview = {
  state: "PENDING" | "ACCEPTED" | "REJECTED" | "CHANGES_REQUESTED";
  gold: boolean;
  lastDecision: "ACCEPT" | "REJECT" | "REQUEST_CHANGES" | null;
  lastDecidedAt: string | null;
};

export type ImportedSpan = {
  // Where it came from, for messages: "region abc", "span 3".
  item: string;
  sourceId: string | null;
  kind: AnnotationKind | null;
  start: number;
  end: number;
  // The covered text as the file states it; checked against the article.
  exact: string | null;
  label: LabelRef | null;
  // Entity mentions in Claimdesk formats: the file's entity id.
  entityId: string | null;
  claim: ImportedClaimDetails | null;
  note: string | null;
  // Claimdesk JSONL: the suggester an accepted suggestion came from; absent or null for human work.
  suggestionSource?: string | null;
  author: ImportedAuthor | null;
  review: ImportedReview | null;
  createdAt: string | null;
  updatedAt: string | null;
};

export type ImportedDocument = { item: string; article: ImportedArticle; spans: ImportedSpan[]; warnings: string[] };

export type ImportedEntity = { id: string; type: string; name: string; aliases: string[]; externalId: string | null };

// One document (task, line, article) or the reason it could not be read.
export type ParsedItem = { parsed: ImportedDocument } | { error: string; item: string };

export type ParsedAnnotationFile = {
  format: AnnotationImportFormat;
  items: ParsedItem[];
  // The entities the file defines (Claimdesk JSONL), by the file's ids.
  entities: ImportedEntity[];
};
