"use client";

import { useCallback, useMemo, useState, type RefObject } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { can, canEditAnnotation } from "@/lib/auth/permissions";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { expandAnnotationsOnce } from "@/lib/annotations/compact/expand-annotations-once";
import { useAnnotationStore } from "./store/use-annotation-store";
import { selectAnnotations } from "./store/select-annotations";
import type { StoreNotice } from "./store/types";
import { useArticleEditor } from "./use-article-editor";
import { useEditorSelection } from "./selection/use-editor-selection";
import { useOrphanedListLink } from "./list/use-orphaned-list-link";
import { useAnnotationPointer } from "./navigation/use-annotation-pointer";
import { useWorkspaceCommands } from "./navigation/use-workspace-commands";
import { useAnnotationActions } from "./use-annotation-actions";
import { useToasts } from "./feedback/use-toasts";
import { useStableCallback } from "./use-stable-callback";
import { useSelectedKey } from "./use-selected-key";
import { useLiveUpdates } from "./live/use-live-updates";
import { useSuggestions } from "./suggestions/use-suggestions";
import { useAnnouncer } from "./use-announcer";
import { useWorkspaceToggles } from "./use-workspace-toggles";
import { useVisibleAnnotations } from "./use-visible-annotations";
import { useWorkspaceHighlights } from "./use-workspace-highlights";
import { useSelectAnnotation } from "./use-select-annotation";
import { useInitialTarget } from "./use-initial-target";
import { useSelectedAnnotation } from "./use-selected-annotation";
import { useWorkspaceKeyboard } from "./use-workspace-keyboard";
import type { AnnotationWorkspaceProps } from "./annotation-workspace";

/**
 * The annotation workspace's state and behaviour, composed from one hook per
 * concern, so that `AnnotationWorkspace` is only its layout. Annotations
 * live in the client store (saved in the background); the text never
 * changes. `staticText` is the server-rendered text shown until the editor
 * has loaded.
 */
export function useAnnotationWorkspace(props: AnnotationWorkspaceProps, staticText: RefObject<HTMLElement | null>) {
  const { projectSlug, article, labels, annotations: compactInitial, user, role, liveAfter = null, initialSelectedId, initialRange } = props;
  const toasts = useToasts();
  const pushToast = toasts.push;
  const onNotice = useCallback((notice: StoreNotice) => pushToast({ message: notice.message, tone: notice.kind }), [pushToast]);
  const index = useMemo(() => createCodePointIndex(article.text), [article.text]);
  // The store reads it once, when it is created.
  const initial = useMemo(() => expandAnnotationsOnce(compactInitial, index), [compactInitial, index]);
  const [store, storeState] = useAnnotationStore({ projectSlug, articleId: article.id, initial, onNotice });
  const view = selectAnnotations(storeState);
  const editor = useArticleEditor({ content: article.content, label: `Text of “${article.title}”`, locale: article.language });
  const selection = useEditorSelection(editor, article.language);

  const [selectedKey, setSelectedKey, selectedKeyNow] = useSelectedKey(initialSelectedId ?? null);
  const [hover, setHover] = useState<{ id: string; point: { x: number; y: number } } | null>(null);
  const toggles = useWorkspaceToggles();
  const [announcement, announce] = useAnnouncer();

  const canCreate = can(role, "annotations.create");
  const canEdit = useCallback((a: AnnotationDTO) => canEditAnnotation(role, user.id, a.author.id), [role, user.id]);
  // Resolved with the aliases of the state being rendered, not the store's
  // live ones: once a new claim's create is confirmed the live store knows it
  // by its server id while this render's records (a transition behind) still
  // hold it under its local id — resolving live, the panel closed and
  // re-mounted on every claim made with C.
  const selectedId = selectedKey === null ? null : (storeState.aliases[selectedKey] ?? selectedKey);
  const selected = selectedId === null ? null : (view.byId.get(selectedId) ?? null);
  const onLiveNotice = useCallback((message: string) => pushToast({ message, tone: "info" }), [pushToast]);
  const live = useLiveUpdates({
    projectSlug,
    articleId: article.id,
    articleRevision: article.revision,
    liveAfter,
    store,
    userId: user.id,
    selectedAnnotationId: selected?.id ?? null,
    onNotice: onLiveNotice,
  });

  const visible = useVisibleAnnotations({ view, user, selectedId });
  const mine = useMemo(() => view.list.filter((a) => a.author.id === user.id && !a.isGold), [view.list, user.id]);
  const suggestions = useSuggestions({
    projectSlug,
    article,
    editor,
    index,
    store,
    user,
    labels,
    mine,
    enabled: canCreate,
    annotatedAt: (at) => visible.intervals.covering(at).length > 0,
    notify: pushToast,
    announce,
  });
  const hoveredId = hover?.id ?? null;
  const stylesheet = useWorkspaceHighlights({
    editor,
    store,
    index,
    labels,
    layer: visible.layer,
    userId: user.id,
    selectedKey,
    selectedKeyNow,
    hoveredId,
    staticText,
    suggestions,
  });

  const select = useSelectAnnotation({ editor, store, view, index, listed: visible.listed, setSelectedKey, announce });
  useInitialTarget({ editor, index, initialSelectedId, initialRange, select, selectedKeyNow });
  const selectFromList = useStableCallback((id: string) => select(id, { scroll: true }));
  const selectOrphan = useStableCallback((id: string) => select(id));
  const closeList = useStableCallback(() => toggles.setListOpen(false));
  useOrphanedListLink(toggles.setListOpen);

  useAnnotationPointer({
    editor,
    index,
    intervals: visible.intervals,
    selectedId,
    onHover: (id, point) => setHover(id && point ? { id, point } : null),
    onPick: (id) => select(id),
  });

  const actions = useAnnotationActions({ editor, store, index, article, user, labels, canCreate, canEdit, notify: pushToast, announce, setSelectedKey });
  const reattach = useStableCallback(actions.reattach);
  const panel = useSelectedAnnotation({ store, view, selectedId, selected, intervals: visible.intervals, canCreate });
  const canLinkSelected = panel.linkClaim !== null;

  useWorkspaceKeyboard({
    editor,
    actions,
    toggles,
    listed: visible.listed,
    selectedId,
    selected,
    selectedKey,
    setSelectedKey,
    select,
    canEdit,
    canLinkSelected,
    suggestions,
  });

  const commands = useWorkspaceCommands({
    open: toggles.paletteOpen,
    canCreate,
    hasSelection: selection.range !== null,
    labels,
    annotations: visible.listed,
    annotators: visible.annotators,
    currentUserId: user.id,
    onCreate: (kind, entityTypeId) => actions.create(kind, { entityTypeId }),
    onGoTo: (id) => select(id, { scroll: true }),
    onLayer: visible.setLayer,
    onUndo: actions.undo,
    onRedo: actions.redo,
    onToggleLegend: toggles.toggleLegend,
  });

  const hovered = hover ? view.byId.get(hover.id) : undefined;

  return {
    editor,
    store,
    view,
    selection,
    toasts,
    announcement,
    stylesheet,
    live,
    toggles,
    visible,
    suggestions,
    actions,
    commands,
    canCreate,
    canEdit,
    canLinkSelected,
    selected,
    setSelectedKey,
    panel,
    hover: hovered && hover ? { annotation: hovered, point: hover.point } : null,
    selectFromList,
    selectOrphan,
    closeList,
    reattach,
  };
}
