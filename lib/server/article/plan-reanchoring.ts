import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { diffTexts } from "@/lib/anchoring/diff-texts";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { reanchorAnnotation } from "@/lib/anchoring/reanchor-annotation";
import type { CodePointIndex, RevisionPair, TextEdit } from "@/lib/anchoring/types";

// Code points of context either side, as `describeQuote` stores.
const CONTEXT = 32;

export type PlanInput = {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: "ANCHORED" | "ORPHANED";
  // A claim whose status is a verdict (its label has a rating).
  hasVerdict: boolean;
};

export type KeptPlan = {
  id: string;
  status: "anchored";
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  method: "mapped" | "quote" | "fuzzy";
  // The words under the annotation differ from its old quote.
  textChanged: boolean;
  // ...and it is a claim with a verdict: it gets flagged "text changed after verdict".
  flagVerdict: boolean;
  // Nothing about its placement changed (same offsets and context): only its revision moves on.
  samePlace: boolean;
};

export type OrphanPlan = { id: string; status: "orphaned"; reason: string; alreadyOrphaned: boolean };

export type AnnotationPlan = KeptPlan | OrphanPlan;

export type ReanchoringPlan = { edits: readonly TextEdit[]; oldIndex: CodePointIndex; newIndex: CodePointIndex; plans: AnnotationPlan[] };

/**
 * What a text correction does to the annotations of the old revision, one
 * plan per input in input order. Pure; the diff is computed once and shared
 * by every annotation (the same steps as `reanchorAnnotations`).
 *
 * Anchored annotations go through `reanchorAnnotation`: on the same words, or
 * orphaned. Annotations that were already orphaned keep offsets and quote
 * from an older text, so their position means nothing here; they come back
 * only if their whole stored quote with both sides of context occurs exactly
 * once (the correction restored the passage), and otherwise stay orphaned.
 */
export function planReanchoring(oldText: string, newText: string, annotations: readonly PlanInput[]): ReanchoringPlan {
  const pair: RevisionPair = {
    oldIndex: createCodePointIndex(oldText),
    newIndex: createCodePointIndex(newText),
    edits: diffTexts(oldText, newText),
  };
  const plans = annotations.map((annotation): AnnotationPlan => {
    if (annotation.anchorState === "ORPHANED") return planOrphan(pair.newIndex, annotation);
    const result = reanchorAnnotation(pair, annotation);
    if (result.status === "orphaned") return { id: annotation.id, status: "orphaned", reason: result.reason, alreadyOrphaned: false };
    return kept(pair.newIndex, annotation, result.start, result.end, result.method, result.textChanged);
  });
  return { ...pair, plans };
}

function planOrphan(newIndex: CodePointIndex, annotation: PlanInput): AnnotationPlan {
  const matches = annotation.exact === "" ? [] : matchQuote(newIndex.text, annotation);
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only === undefined) {
    return { id: annotation.id, status: "orphaned", reason: "it was already orphaned and still needs re-attaching", alreadyOrphaned: true };
  }
  return kept(newIndex, annotation, only.start, only.end, "quote", false);
}

// The stored selector on the new text: `describeQuote(newText, start, end)`,
// read through the shared index so that placing thousands of annotations on
// a long text does not rescan it for each one.
function kept(
  newIndex: CodePointIndex,
  old: PlanInput,
  start: number,
  end: number,
  method: KeptPlan["method"],
  textChanged: boolean,
): KeptPlan {
  const exact = newIndex.slice(start, end);
  const prefix = newIndex.slice(Math.max(0, start - CONTEXT), start);
  const suffix = newIndex.slice(end, Math.min(newIndex.length, end + CONTEXT));
  return {
    id: old.id,
    status: "anchored",
    start,
    end,
    exact,
    prefix,
    suffix,
    method,
    textChanged,
    flagVerdict: textChanged && old.hasVerdict,
    samePlace:
      old.anchorState === "ANCHORED" &&
      start === old.start &&
      end === old.end &&
      exact === old.exact &&
      prefix === old.prefix &&
      suffix === old.suffix,
  };
}
