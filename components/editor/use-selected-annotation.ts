"use client";

import { useCallback, useMemo } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { IntervalIndex } from "@/lib/tiptap/annotation-highlights/utils/create-interval-index";
import type { SaveState } from "@/components/editor/panel/types";
import type { AnnotationStore } from "./store/create-annotation-store";
import type { AnnotationView } from "./store/select-annotations";
import type { AnnotationPatch } from "./store/types";
import { isLocalId } from "./store/local-annotation-id";

type Options = {
  store: AnnotationStore;
  view: AnnotationView;
  selectedId: string | null;
  selected: AnnotationDTO | null;
  intervals: IntervalIndex<AnnotationDTO>;
  canCreate: boolean;
};

/**
 * What the panel needs of the selected annotation: its record and save
 * state, the saved mentions inside a claim, how to change it, and whether it
 * can join a cluster.
 */
export function useSelectedAnnotation({ store, view, selectedId, selected, intervals, canCreate }: Options) {
  const record = selectedId === null ? undefined : view.records.get(selectedId);
  const saveState: SaveState = record
    ? { status: record.save.status, error: record.save.error ?? undefined, retry: () => store.retry(record.id) }
    : { status: "idle" };
  const mentionsInside = useMemo(
    () =>
      selected?.kind === "CLAIM"
        ? intervals.within(selected.start, selected.end).filter((a) => a.kind === "ENTITY_MENTION" && view.records.get(a.id)?.server)
        : [],
    [selected, intervals, view.records],
  );
  const onChange = useCallback((patch: AnnotationPatch) => selectedId && store.edit(selectedId, patch), [store, selectedId]);
  // Only a saved, anchored claim can join a cluster (the server needs its id).
  const linkClaim = useMemo(
    () =>
      canCreate && selected?.kind === "CLAIM" && !isLocalId(selected.id) && selected.anchorState === "ANCHORED"
        ? { id: selected.id, exact: selected.exact, articleId: selected.articleId }
        : null,
    [canCreate, selected],
  );
  return { record, saveState, mentionsInside, onChange, linkClaim };
}
