"use client";

import { useDeferredValue, useMemo, useState } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createIntervalIndex } from "@/lib/tiptap/annotation-highlights/utils/create-interval-index";
import type { AnnotationView } from "./store/select-annotations";
import type { SidebarModel } from "./list/annotation-sidebar";
import { annotatorsOf, inLayer, type AnnotationLayer } from "./list/annotation-layer";
import { filterAnnotations, NO_FILTERS, type AnnotationFilters } from "./list/filter-annotations";

type Options = { view: AnnotationView; user: { id: string; name: string }; selectedId: string | null };

const NO_IDS: ReadonlySet<string> = new Set();
const EMPTY_SIDEBAR: SidebarModel = { listed: [], total: 0, orphaned: [], unsaved: new Set(), failed: new Set(), selectedId: null };

/**
 * Which annotations are drawn and listed: the chosen layer (everyone, mine,
 * gold…), then the list's filters; orphans are listed apart. Also the
 * sidebar's model, deferred so a new highlight never waits for the list.
 */
export function useVisibleAnnotations({ view, user, selectedId }: Options) {
  const [layer, setLayer] = useState<AnnotationLayer>({ kind: "everyone" });
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);

  const inView = useMemo(() => view.list.filter((a) => inLayer(a, layer, user.id)), [view.list, layer, user.id]);
  const anchored = useMemo(() => inView.filter((a) => a.anchorState === "ANCHORED"), [inView]);
  const orphaned = useMemo(() => inView.filter((a) => a.anchorState === "ORPHANED"), [inView]);
  const listed = useMemo<AnnotationDTO[]>(() => filterAnnotations(anchored, filters), [anchored, filters]);
  const intervals = useMemo(() => createIntervalIndex(anchored), [anchored]);
  // Nearly always none: skip walking every record for them (the view counts them).
  const failed = useMemo(
    () => (view.failedCount === 0 ? NO_IDS : new Set([...view.records.values()].filter((r) => r.save.status === "failed").map((r) => r.id))),
    [view.records, view.failedCount],
  );
  const annotators = useMemo(() => annotatorsOf(view.list, user), [view.list, user]);
  const sidebarModel = useMemo<SidebarModel>(
    () => ({ listed, total: anchored.length, orphaned, unsaved: view.unsaved, failed, selectedId }),
    [listed, anchored.length, orphaned, view.unsaved, failed, selectedId],
  );
  // The list re-renders in the background (and not at all on the server):
  // a new highlight must not wait for two thousand rows.
  const shownModel = useDeferredValue(sidebarModel, EMPTY_SIDEBAR);

  return { layer, setLayer, filters, setFilters, orphaned, listed, intervals, annotators, sidebarModel, shownModel };
}
