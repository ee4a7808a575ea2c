import type { AnnotationKind } from "@/lib/generated/prisma/enums";
import type { AnnotationCore } from "./annotation-core";

// The JSON shapes of annotations as the API returns them and the editor uses
// them. Shared by server (lib/server/annotation) and client (components/editor)
// so both sides agree; never raw Prisma rows.
//
// Offsets: `start`/`end` are half-open [start, end) in Unicode CODE POINTS into
// the canonical text of article revision `revision` (W3C TextPositionSelector,
// Python slicing). `exact`/`prefix`/`suffix` form the W3C TextQuoteSelector
// (up to 32 code points of context either side).

// The database enum is the one source of the annotation kinds.
export type AnnotationKindDTO = AnnotationKind;
export type ReviewStateDTO = "PENDING" | "ACCEPTED" | "REJECTED" | "CHANGES_REQUESTED";
export type EntityRoleDTO = "CLAIMANT" | "SUBJECT" | "OBJECT" | "PLACE" | "OTHER";
export type EvidenceStanceDTO = "SUPPORTS" | "REFUTES" | "CONTEXT";

export type ClaimEntityDTO = {
  entityId: string;
  role: EntityRoleDTO;
  // The entity mention (an ENTITY_MENTION annotation inside the claim) this link points at, if any.
  mentionId: string | null;
};

export type EvidenceDTO = {
  id: string;
  url: string;
  title: string;
  stance: EvidenceStanceDTO;
  note: string;
};

export type AnnotationDTO = AnnotationCore & {
  id: string;
  articleId: string;
  revision: number;
  anchorState: "ANCHORED" | "ORPHANED";
  author: { id: string; name: string };
  // Claims
  textChangedAfterVerdict: boolean;
  // A short neutral wording of the claim ("" = none: exports fall back to the
  // quote) and the verdict's public explanation; `note` stays internal.
  summary: string;
  verdictExplanation: string;
  entities: ClaimEntityDTO[];
  evidence: EvidenceDTO[];
  reviewState: ReviewStateDTO;
  isGold: boolean;
  version: number;
  createdAt: string; // ISO 8601
  updatedAt: string;
  deletedAt: string | null;
  // Only on an editor draft made by accepting a suggestion: sent with the
  // create so the stored annotation records origin SUGGESTION and its source.
  suggestion?: SuggestionOriginInput;
};

export type SuggestionOriginInput = { source: string };

export type EntityDTO = {
  id: string;
  typeId: string;
  name: string;
  aliases: string[];
  description: string;
  externalId: string | null;
  version: number;
};

// The editable fields of an annotation, shared by create and update.
type AnnotationFieldsInput = {
  prefix?: string;
  suffix?: string;
  claimTypeId?: string | null;
  statusId?: string | null;
  checkWorthiness?: number | null;
  confidence?: number | null;
  entityId?: string | null;
  entityTypeId?: string | null;
  note?: string;
  summary?: string;
  verdictExplanation?: string;
  entities?: ClaimEntityDTO[];
  evidence?: Array<Omit<EvidenceDTO, "id"> & { id?: string }>;
};

// POST /api/projects/[slug]/articles/[articleId]/annotations
export type CreateAnnotationInput = AnnotationFieldsInput & {
  kind: AnnotationKindDTO;
  // Set when a person accepts a suggestion: which suggester proposed it.
  suggestion?: SuggestionOriginInput;
  revision: number;
  start: number;
  end: number;
  exact: string;
};

// PATCH /api/projects/[slug]/annotations/[annotationId]
// Every field optional except `version`, the version being edited. `entities`
// and `evidence`, when present, replace the whole list (evidence rows not in
// the list are soft-deleted; rows with an `id` are updated; without, created).
export type UpdateAnnotationInput = AnnotationFieldsInput & {
  version: number;
  start?: number;
  end?: number;
  exact?: string;
  // A reviewer confirming that a verdict still holds after the text changed.
  textChangedAfterVerdict?: false;
};

// 409 body for a stale version: the stored state, so the UI can offer it.
export type ConflictBody = { error: { code: "CONFLICT"; message: string }; current: AnnotationDTO };
