// Wire shapes of review, discussion, inbox and history (issue 4), shared by
// lib/server/{review,comment,notification,annotation-history} and the client
// components under components/{review,inbox}. Never raw Prisma rows.

import type { AnnotationDTO, ReviewStateDTO } from "@/lib/annotations/annotation-dto";

export type ReviewDecisionDTO = "ACCEPT" | "REJECT" | "REQUEST_CHANGES";

export type PersonDTO = { id: string; name: string };

// GET/POST /api/projects/[slug]/annotations/[annotationId]/reviews
export type ReviewDTO = {
  id: string;
  decision: ReviewDecisionDTO;
  comment: string;
  // The annotation version the decision was made on.
  annotationVersion: number;
  reviewer: PersonDTO;
  createdAt: string;
};

// POST body: the version the reviewer looked at guards against deciding on
// a state the author has since changed (409 with the current state).
export type DecideReviewInput = { decision: ReviewDecisionDTO; comment?: string; version: number };

export type ReviewsBody = {
  reviewState: ReviewStateDTO;
  annotationVersion: number;
  reviews: ReviewDTO[];
  // Whether the signed-in person may decide on this annotation (role, and not their own).
  canDecide: boolean;
};

// A comment body is plain text; `@email` of a project member mentions them.
// `segments` is the body cut at recognised mentions, so clients never parse.
export type CommentSegment = { text: string } | { mention: PersonDTO & { email: string } };

export type CommentDTO = {
  id: string;
  parentId: string | null;
  author: PersonDTO;
  // Empty once deleted; a deleted comment stays as a placeholder for its replies.
  body: string;
  segments: CommentSegment[];
  mentions: string[];
  createdAt: string;
  updatedAt: string;
  edited: boolean;
  deletedAt: string | null;
};

export type MentionableMember = PersonDTO & { email: string };

// GET /api/projects/[slug]/annotations/[annotationId]/comments
export type CommentsBody = {
  comments: CommentDTO[];
  members: MentionableMember[];
  viewer: { id: string; canComment: boolean };
};

export type FieldChange = { field: string; before: unknown; after: unknown };

// GET /api/projects/[slug]/annotations/[annotationId]/history
export type HistoryEntryDTO = {
  id: string;
  action: string;
  actor: PersonDTO | null;
  createdAt: string;
  // The annotation version after this change, when the entry carries one.
  version: number | null;
  changes: FieldChange[];
  // Whether this entry's resulting state can be restored (annotation edits, not reviews).
  restorable: boolean;
};

export type HistoryBody = { entries: HistoryEntryDTO[]; current: AnnotationDTO; canRestore: boolean };

// POST .../history/restore
export type RestoreVersionInput = { entryId: string; version: number };

export type NotificationKindDTO = "REVIEW" | "MENTION" | "REPLY" | "ASSIGNMENT";

// GET /api/inbox
export type NotificationDTO = {
  id: string;
  kind: NotificationKindDTO;
  actor: PersonDTO | null;
  project: { slug: string; name: string } | null;
  article: { id: string; title: string } | null;
  annotation: { id: string; exact: string } | null;
  // REVIEW: { decision, comment }; MENTION/REPLY: { commentId, excerpt }.
  payload: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
  href: string | null;
};

export type InboxBody = { notifications: NotificationDTO[]; unread: number };

// The review queue (server-rendered page, and GET /api/projects/[slug]/reviews).
export type QueueItemDTO = {
  id: string;
  kind: AnnotationDTO["kind"];
  article: { id: string; title: string };
  author: PersonDTO;
  before: string;
  exact: string;
  after: string;
  claimTypeId: string | null;
  statusId: string | null;
  entityTypeId: string | null;
  note: string;
  reviewState: ReviewStateDTO;
  version: number;
  // Set when the annotation changed after its latest decision.
  changedSinceReview: boolean;
  lastReview: ReviewDTO | null;
  createdAt: string;
  updatedAt: string;
};
