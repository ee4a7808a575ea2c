import type { AnnotationCore } from "@/lib/annotations/annotation-core";

// Adjudication: a reviewer turns annotators' aligned units (see
// lib/metrics/group-annotation-units.ts) into the article's gold layer. Pure
// types and logic shared by the server (lib/server/adjudication) and the page.

/** What a gold annotation is built from, as read from an annotator's annotation. */
// A claim's public texts (ClaimReview) travel with it: a gold claim taken from one keeps them.
export type GoldSource = AnnotationCore & { id: string; summary: string; verdictExplanation: string };

export type GoldSpan = Pick<GoldSource, "start" | "end" | "exact" | "prefix" | "suffix">;

/** Fields an adjudicator may write by hand ("write a new one"). */
export type GoldFieldsInput = {
  claimTypeId?: string | null;
  statusId?: string | null;
  checkWorthiness?: number | null;
  note?: string;
  entityId?: string | null;
  entityTypeId?: string | null;
};

/** A gold annotation's stored values (besides who, where and which revision). */
export type GoldValues = GoldSpan & Omit<GoldSource, "id" | "kind" | keyof GoldSpan> & { kind: GoldSource["kind"] };

/** How one unit stands: taken into gold (by which gold annotation), left out, or still open. */
export type GoldResolution = { state: "gold"; goldIds: string[] } | { state: "excluded" } | { state: "open" };
