"use client";

import { startTransition, useEffect, useState } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createAnnotationApi } from "./annotation-api";
import { createAnnotationStore, type AnnotationStore } from "./create-annotation-store";
import { afterNextPaint } from "../after-next-paint";
import type { AnnotationStoreState, StoreNotice } from "./types";

type Options = {
  projectSlug: string;
  articleId: string;
  initial: readonly AnnotationDTO[];
  onNotice: (notice: StoreNotice) => void;
};

/**
 * One annotation store for the page's lifetime, with its state as React
 * state (updated in transitions, so a big list never delays a keystroke). Saves are retried as soon as the browser is back online and
 * flushed (debounce skipped) when the page is hidden; leaving with unsaved
 * work asks first.
 */
export function useAnnotationStore({ projectSlug, articleId, initial, onNotice }: Options): [AnnotationStore, AnnotationStoreState] {
  const [store] = useState(() => createAnnotationStore({ api: createAnnotationApi(projectSlug, articleId), initial }));
  useEffect(() => store.subscribeNotices(onNotice), [store, onNotice]);
  // React's copy follows the store in a transition, after the next frame:
  // highlights are painted from the store directly (useAnnotationHighlights)
  // in the keystroke's own task, and the frame that draws them must not wait
  // for the list and panel. The changes of one frame (a claim drafted, sent,
  // confirmed) and the keystroke's other updates become one render.
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    let queued = false;
    const follow = () => {
      if (queued) return;
      queued = true;
      afterNextPaint(() => {
        queued = false;
        startTransition(() => setState(store.getState()));
      });
    };
    follow();
    return store.subscribe(follow);
  }, [store]);

  useEffect(() => {
    const online = () => store.retry();
    const hidden = () => {
      if (document.visibilityState === "hidden") store.flush();
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!store.hasUnsavedWork()) return;
      store.flush();
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [store]);

  // Leaving the page inside the app: what is waiting goes out now and
  // finishes in the background (the store is not torn down, so nothing the
  // person did is dropped).
  useEffect(() => () => store.flush(), [store]);
  return [store, state];
}
