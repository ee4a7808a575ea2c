"use client";

import { useEffect, useMemo, useRef } from "react";
import type { AnnotationStore } from "@/components/editor/store/create-annotation-store";
import { buildPresenceStylesheet } from "./build-presence-stylesheet";
import { colleaguesOf, type Colleague } from "./colleagues-of";
import { createLiveApplier, type LiveApplier } from "./create-live-applier";
import type { LiveStatus } from "./live-message";
import { useAnnounceSelection } from "./use-announce-selection";
import { useLiveConnection } from "./use-live-connection";
import { entitiesInEvent } from "./entities-in-event";
import { rememberEntities } from "@/components/editor/panel/entity-cache";

type Options = {
  projectSlug: string;
  articleId: string;
  /** The last event id the page's data includes (null: follow from when the stream opens). */
  liveAfter: string | null;
  store: AnnotationStore;
  userId: string;
  selectedAnnotationId: string | null;
  articleRevision: number;
  onNotice: (message: string) => void;
};

export type LiveUpdates = { status: LiveStatus; colleagues: Colleague[]; stylesheet: string };

/**
 * Everything live on an article page: colleagues' changes applied to the
 * store as they happen, presence (who is here, what they have selected),
 * the entity registry's changes (names on chips), and the connection state
 * for the toolbar.
 */
export function useLiveUpdates(options: Options): LiveUpdates {
  const { projectSlug, articleId, liveAfter, store, userId, selectedAnnotationId, articleRevision, onNotice } = options;
  const applier = useRef<LiveApplier | null>(null);
  // The applier lives as long as the store; a new callback must not replace it (and drop what it holds back).
  const notice = useRef(onNotice);
  useEffect(() => {
    notice.current = onNotice;
  }, [onNotice]);
  useEffect(() => {
    const current = createLiveApplier(store, { userId, articleRevision, onNotice: (message) => notice.current(message) });
    applier.current = current;
    return () => {
      current.dispose();
      applier.current = null;
    };
  }, [store, userId, articleRevision]);
  const connection = useLiveConnection({
    projectSlug,
    articleId,
    after: liveAfter,
    onMessage: (message) => {
      // Registry changes (renames, merges, splits) reach every open editor of the project.
      rememberEntities(projectSlug, entitiesInEvent(message.event));
      applier.current?.receive(message);
    },
  });
  useAnnounceSelection({ projectSlug, articleId, connectionId: connection.connectionId, selectedAnnotationId });
  const colleagues = useMemo(() => colleaguesOf(connection.roster, { userId }), [connection.roster, userId]);
  const stylesheet = useMemo(() => buildPresenceStylesheet(colleagues), [colleagues]);
  return { status: connection.status, colleagues, stylesheet };
}
