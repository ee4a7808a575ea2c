// The JSON shapes of the annotation import API, shared by the server and the
// import page (type-only imports there). Never Prisma rows.

import type { AnnotationImportFormat, LabelNamespace } from "@/lib/import/annotations/types";
import type { ImportItemError } from "@/lib/server/article-import/article-import-types";

export type LabelKindDTO = "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS";

// What the user decided for a label the project does not know.
export type LabelMappingChoice =
  | { labelId: string }
  | { create: { kind: LabelKindDTO; name: string } }
  | { skip: true };

export type UnknownLabel = {
  // "ENTITY_TYPE:gpe", or "span:Date" for single-namespace formats.
  key: string;
  namespace: LabelNamespace | null;
  value: string;
  // How many spans use it.
  count: number;
};

export type AnnotationImportFileDTO = { index: number; name: string; format: AnnotationImportFormat | null; detected: boolean };

export type ArticleMatchDTO =
  | { kind: "existing"; articleId: string; title: string; by: "id" | "url" | "text" }
  | { kind: "create"; title: string };

export type AnnotationImportItem = {
  key: string;
  fileName: string;
  item: string;
  article: ArticleMatchDTO | null;
  annotations: number;
  claims: number;
  mentions: number;
  duplicates: number;
  skipped: number;
  warnings: string[];
};

export type AnnotationImportPreview = {
  files: AnnotationImportFileDTO[];
  items: AnnotationImportItem[];
  errors: ImportItemError[];
  unknownLabels: UnknownLabel[];
  labels: Array<{ id: string; kind: LabelKindDTO; key: string; name: string }>;
  // Creating labels while mapping needs the labels.manage right (owners).
  canCreateLabels: boolean;
  // Keeping the file's authors or review states is for owners only.
  canKeepAttribution: boolean;
  createArticles: boolean;
  // Annotations that keep the file's Claimdesk id (a restore), and those whose
  // id a row here already holds, so they get a new one (a copy).
  ids: { kept: number; renewed: number };
  // Who the annotations will belong to and how reviewed they arrive, under
  // the owner-only options: authors kept / replaced by the importer, review
  // states (and gold) kept / reset to pending.
  attribution: {
    keepAuthors: boolean;
    keepReviewStates: boolean;
    authorsKept: number;
    authorsReplaced: number;
    reviewsKept: number;
    reviewsReset: number;
  };
};

export type AnnotationImportResult = AnnotationImportPreview & {
  saved: boolean;
  createdArticles: Array<{ key: string; articleId: string; title: string }>;
  createdAnnotations: number;
  createdEntities: number;
  createdLabels: number;
};
