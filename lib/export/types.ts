// Shared shapes of the exporters. Types only; grouped in one file (as the
// import pipeline and Tiptap extension folders do) because every serializer
// speaks them.
//
// The dataset is format-neutral and already filtered: the loader (server
// layer) applies project, article, date, annotator, kind, status and review
// filters, and hands over plain values, never Prisma rows. Serializers are
// pure: no clock, no I/O, no randomness, so the same dataset and options give
// byte-identical output.
//
// UNITS. Every offset is a Unicode CODE POINT offset, half-open [start, end),
// into `ExportArticle.text` (Python's `text[start:end]`), as in the database.

import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

export type ExportProject = { id: string; slug: string; name: string };

export type ExportLabelKind = "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS";

export type ExportLabel = {
  id: string;
  kind: ExportLabelKind;
  // Stable machine name ([a-z0-9_]); what exports write, never the display name.
  key: string;
  name: string;
  // Verification statuses only: 1 (false) … 5 (true); null means "not a verdict".
  rating: number | null;
};

export type ExportEntity = {
  id: string;
  // Key of the entity's ENTITY_TYPE label ("person", "organization", …).
  typeKey: string;
  name: string;
  aliases: string[];
  // An outside identifier, e.g. a Wikidata QID ("Q42").
  externalId: string | null;
};

export type ClusterRelationDTO = "SAME" | "CORROBORATES" | "ATTRIBUTES" | "CONTRADICTS";

// An article as a cluster refers to it: enough to cite it, no text.
export type ExportArticleRef = {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: string | null; // ISO 8601
  language: string;
};

export type ExportClusterMember = { annotationId: string; articleId: string; relation: ClusterRelationDTO };

export type ExportCluster = {
  id: string;
  title: string;
  statement: string;
  // The cluster's own verdict (a VERIFICATION_STATUS label id) and its public
  // explanation; the internal note is exported only with notes.
  statusId: string | null;
  verdictExplanation: string;
  note: string;
  verdictAppliedAt: string | null; // ISO 8601
  updatedAt: string; // ISO 8601
  members: ExportClusterMember[];
  // Every article holding a member, whether or not it is exported: a claim's
  // appearances span its whole cluster even when one article is exported.
  articles: ExportArticleRef[];
};

export type ExportReviewSummary = {
  count: number;
  lastDecision: "ACCEPT" | "REJECT" | "REQUEST_CHANGES" | null;
  lastDecidedAt: string | null; // ISO 8601
};

export type ExportAuthor = {
  id: string;
  name: string;
  // Stable per project and export ("annotator-3"), used when names are pseudonymised.
  pseudonym: string;
};

// AnnotationDTO with its author's pseudonym, review summary and cluster membership.
export type ExportAnnotation = Omit<AnnotationDTO, "author" | "deletedAt"> & {
  author: ExportAuthor;
  reviews: ExportReviewSummary;
  cluster: { clusterId: string; relation: ClusterRelationDTO } | null;
  // SUGGESTION: a machine suggestion a person accepted, and which suggester
  // made it. Absent is HUMAN (datasets built before suggestions existed).
  origin?: "HUMAN" | "SUGGESTION";
  suggestionSource?: string | null;
};

export type ExportArticle = ExportArticleRef & {
  author: string | null;
  revision: number;
  contentHash: string;
  // Canonical plain text of `revision`; every offset indexes it in code points.
  text: string;
  // Annotations not anchored in this revision (orphaned, or on another
  // revision) are skipped by every serializer: their offsets index other text.
  annotations: ExportAnnotation[];
};

// Articles may come lazily (a database cursor), so an export of any size
// streams with memory bounded by one article. Labels, entities and clusters
// are the project's vocabulary and are loaded up front.
export type ExportDataset = {
  project: ExportProject;
  labels: ExportLabel[];
  entities: ExportEntity[];
  clusters: ExportCluster[];
  articles: Iterable<ExportArticle> | AsyncIterable<ExportArticle>;
};

export type ExportOptions = {
  includeNotes: boolean;
  // ClaimReview: publish a claim's internal note as ratingExplanation when it
  // has no public explanation. Never by default (absent = false).
  publishNotes?: boolean;
  // Annotator names and ids are replaced by their pseudonyms.
  pseudonymise: boolean;
  // Origin the ids and urls are built on, e.g. "https://claimdesk.example.org".
  baseUrl: string;
  // ISO 8601, injected by the caller: serializers never read the clock.
  generatedAt: string;
};

export type ReviewStateFilter = "all" | "accepted" | "gold";

// What the loader filtered on; recorded in the manifest as given (so when
// pseudonymising, `annotatorIds` should hold pseudonyms).
export type ExportFilters = {
  articleIds: string[] | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  // Annotations last changed in [updatedFrom, updatedTo] (ISO 8601).
  updatedFrom: string | null;
  updatedTo: string | null;
  annotatorIds: string[] | null;
  kinds: Array<AnnotationKind> | null;
  statusKeys: string[] | null;
  reviewState: ReviewStateFilter;
};

export type ExportCounts = {
  articles: number;
  annotations: number;
  claims: number;
  mentions: number;
  // Claims with a verdict (a status with a rating): the ClaimReview items.
  verdicts: number;
  // Orphaned or on another revision: not exported.
  skipped: number;
};

// One file of a multi-file export (brat: a .txt and an .ann per article).
export type ExportFile = { path: string; content: string };
