// The plan an annotation import computes before writing; server-internal.

import type { ImportedArticle, ImportedClaimDetails } from "@/lib/import/annotations/types";
import type { LabelKindDTO } from "./annotation-import-types";
import type { AnnotationCore } from "@/lib/annotations/annotation-core";

// An entity already in the project, or one the file defines (by its file id).
export type EntityTarget = { existingId: string } | { fileId: string };

// Label ids in the core fields may be "new:<mapping key>" for labels this
// import creates; the entity is a target rather than an id.
export type PlannedAnnotation = Omit<AnnotationCore, "entityId"> & {
  id: string;
  entity: EntityTarget | null;
  links: Array<{ entity: EntityTarget; role: ImportedClaimDetails["entities"][number]["role"]; mentionId: string | null }>;
  evidence: ImportedClaimDetails["evidence"];
  cluster: ImportedClaimDetails["cluster"];
  textChangedAfterVerdict: boolean;
  // Non-null: the annotation began as an accepted suggestion from this suggester.
  suggestionSource: string | null;
  authorId: string;
  reviewState: "PENDING" | "ACCEPTED" | "REJECTED" | "CHANGES_REQUESTED";
  isGold: boolean;
  lastDecision: "ACCEPT" | "REJECT" | "REQUEST_CHANGES" | null;
  lastDecidedAt: Date | null;
  // The file named another author / a review state that this import does
  // not keep (counted for the preview).
  authorReplaced: boolean;
  reviewReset: boolean;
  createdAt: Date | null;
  updatedAt: Date | null;
};

export type PlannedArticleTarget =
  | { existingId: string; revision: number }
  | { create: ImportedArticle & { text: string; newId: string; originalId: string | null; fileName: string; format: string } };

export type PlannedDocument = { key: string; target: PlannedArticleTarget; annotations: PlannedAnnotation[] };

export type PlannedEntity = { fileId: string; newId: string; typeId: string; name: string; aliases: string[]; externalId: string | null };

export type PlannedLabel = { placeholder: string; kind: LabelKindDTO; name: string };

export type PlannedCluster = { fileId: string; newId: string; title: string; statement: string };
