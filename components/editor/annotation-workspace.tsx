"use client";

import { startTransition, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { EditorContent } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { ArticleDoc } from "@/lib/article-content/types";
import { can, canEditAnnotation } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { createIntervalIndex } from "@/lib/tiptap/annotation-highlights/utils/create-interval-index";
import type { PanelLabels, SaveState } from "@/components/editor/panel/types";
import { useAnnotationStore } from "./store/use-annotation-store";
import { selectAnnotations } from "./store/select-annotations";
import type { AnnotationPatch, StoreNotice } from "./store/types";
import { useArticleEditor } from "./use-article-editor";
import { useEditorSelection } from "./selection/use-editor-selection";
import { SelectionToolbar } from "./selection/selection-toolbar";
import { createHighlightStyler } from "./highlights/highlight-style-names";
import { buildHighlightStylesheet } from "./highlights/build-highlight-stylesheet";
import { createSpanBuilder } from "./highlights/create-span-builder";
import { useAnnotationHighlights } from "./highlights/use-annotation-highlights";
import { HighlightLegend } from "./highlights/highlight-legend";
import { AnnotationSidebar, type SidebarModel } from "./list/annotation-sidebar";
import { annotatorsOf, inLayer, type AnnotationLayer } from "./list/annotation-layer";
import { filterAnnotations, NO_FILTERS, type AnnotationFilters } from "./list/filter-annotations";
import { useOrphanedListLink } from "./list/use-orphaned-list-link";
import { useAnnotationPointer } from "./navigation/use-annotation-pointer";
import { AnnotationHoverCard } from "./navigation/annotation-hover-card";
import { scrollToRange } from "./navigation/scroll-to-range";
import { stepAnnotation } from "./navigation/step-annotation";
import { useWorkspaceShortcuts } from "./navigation/use-workspace-shortcuts";
import { CommandPalette } from "./navigation/command-palette";
import { useWorkspaceCommands } from "./navigation/use-workspace-commands";
import { kindName, useAnnotationActions } from "./use-annotation-actions";
import { ToastRegion } from "./feedback/toast-region";
import { useToasts } from "./feedback/use-toasts";
import { WorkspaceToolbar } from "./workspace-toolbar";
import { PanelColumn } from "./panel-column";
import { WorkspaceAids } from "./workspace-aids";
import { useStableCallback } from "./use-stable-callback";
import { useSelectedKey } from "./use-selected-key";
import { useLiveUpdates } from "./live/use-live-updates";
import { LiveBar } from "./live/live-bar";
import { EditorAssignmentControls, type EditorAssignment } from "@/components/assignment/editor-assignment-controls";
import { LinkClusterDialog } from "@/components/clusters/link-cluster-dialog";
import { isLocalId } from "./store/local-annotation-id";
import { useSuggestions } from "./suggestions/use-suggestions";
import { SuggestionBar } from "./suggestions/suggestion-bar";
import { suggestionSpans, suggestionStylesheet } from "./suggestions/suggestion-spans";

export type WorkspaceArticle = { id: string; title: string; text: string; content: ArticleDoc; revision: number; language: string };

export type AnnotationWorkspaceProps = {
  projectSlug: string;
  article: WorkspaceArticle;
  labels: PanelLabels;
  annotations: AnnotationDTO[];
  user: { id: string; name: string };
  role: Role;
  /** Above the text, under the toolbar (breadcrumbs, title). */
  header?: ReactNode;
  /** Under the text (article details). */
  footer?: ReactNode;
  /** The newest event id when `annotations` were read: live updates continue from there. */
  liveAfter?: string;
  /** Selected (and scrolled to) on open: the editor's `?annotation=<id>` deep link. */
  initialSelectedId?: string;
  /** Selected (and scrolled to) on open when no annotation is: `?at=start-end`, code points (search results). */
  initialRange?: { start: number; end: number };
  /** The person's own assignment on this article, if any: its controls join the toolbar. */
  assignment?: EditorAssignment | null;
};

const NO_IDS: ReadonlySet<string> = new Set();
const EMPTY_SIDEBAR: SidebarModel = { listed: [], total: 0, orphaned: [], unsaved: new Set(), failed: new Set(), selectedId: null };

/**
 * The annotation editor: the list of annotations, the article text with its
 * highlights, and the selected annotation's panel. Annotations live in the
 * client store (saved in the background); the text never changes.
 */
export function AnnotationWorkspace(props: AnnotationWorkspaceProps) {
  const { projectSlug, article, labels, annotations: initial, user, role, header, footer, liveAfter = null, initialSelectedId, initialRange, assignment } = props;
  const { toasts, push: pushToast, dismiss: dismissToast } = useToasts();
  const onNotice = useCallback((notice: StoreNotice) => pushToast({ message: notice.message, tone: notice.kind }), [pushToast]);
  const [store, storeState] = useAnnotationStore({ projectSlug, articleId: article.id, initial, onNotice });
  const view = selectAnnotations(storeState);
  const index = useMemo(() => createCodePointIndex(article.text), [article.text]);
  const editor = useArticleEditor({ content: article.content, label: `Text of “${article.title}”`, locale: article.language });
  const selection = useEditorSelection(editor, article.language);

  const [selectedKey, setSelectedKey, selectedKeyNow] = useSelectedKey(initialSelectedId ?? null);
  const [hover, setHover] = useState<{ id: string; point: { x: number; y: number } } | null>(null);
  const [layer, setLayer] = useState<AnnotationLayer>({ kind: "everyone" });
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [legendOpen, setLegendOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const legendId = useId();

  const canCreate = can(role, "annotations.create");
  const canEdit = useCallback((a: AnnotationDTO) => canEditAnnotation(role, user.id, a.author.id), [role, user.id]);
  const selectedId = selectedKey === null ? null : store.resolveId(selectedKey);
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

  // What is drawn and listed: the chosen layer; orphans are listed apart.
  const inView = useMemo(() => view.list.filter((a) => inLayer(a, layer, user.id)), [view.list, layer, user.id]);
  const anchored = useMemo(() => inView.filter((a) => a.anchorState === "ANCHORED"), [inView]);
  const orphaned = useMemo(() => inView.filter((a) => a.anchorState === "ORPHANED"), [inView]);
  const listed = useMemo(() => filterAnnotations(anchored, filters), [anchored, filters]);
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

  const styler = useMemo(
    () => createHighlightStyler(labels, { markOthers: layer.kind === "everyone", currentUserId: user.id }),
    [labels, layer.kind, user.id],
  );
  const stylesheet = useMemo(() => buildHighlightStylesheet(labels), [labels]);
  const buildSpans = useMemo(() => createSpanBuilder(index, styler), [index, styler]);
  // Announcements render in the background: never before a keystroke's highlight.
  const announce = useCallback((message: string) => startTransition(() => setAnnouncement(message)), [setAnnouncement]);

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
    annotatedAt: (at) => intervals.covering(at).length > 0,
    notify: pushToast,
    announce,
  });

  const hoveredId = hover?.id ?? null;
  const ghostSpans = useMemo(
    () => suggestionSpans(suggestions.visible, index, suggestions.focused?.key ?? null),
    [suggestions.visible, suggestions.focused, index],
  );
  useAnnotationHighlights(
    editor,
    store,
    (state) => {
      const latest = selectAnnotations(state);
      const spans = buildSpans(layer.kind === "everyone" ? latest.list : latest.list.filter((a) => inLayer(a, layer, user.id)), {
        isUnsaved: (id) => latest.unsaved.has(id),
        selectedId: selectedKeyNow.current === null ? null : store.resolveId(selectedKeyNow.current),
        hoveredId,
      });
      return ghostSpans.length === 0 ? spans : [...ghostSpans, ...spans];
    },
    [layer, user.id, buildSpans, selectedKey, hoveredId, ghostSpans],
  );


  const select = useCallback(
    (id: string | null, options: { scroll?: boolean } = {}) => {
      setSelectedKey(id);
      if (id === null || !editor) return;
      const annotation = view.byId.get(store.resolveId(id));
      if (!annotation) return;
      if (options.scroll && annotation.anchorState === "ANCHORED") {
        scrollToRange(editor.view, textOffsetToDocPos(index.text, index.toUtf16(annotation.start)), textOffsetToDocPos(index.text, index.toUtf16(annotation.end)));
      }
      const position = listed.findIndex((a) => a.id === annotation.id);
      announce(`${kindName(annotation.kind)}${position >= 0 ? ` ${position + 1} of ${listed.length}` : ""}: ${annotation.exact.slice(0, 120)}`);
    },
    [editor, view.byId, store, index, listed, announce, setSelectedKey],
  );

  const deepLinked = useRef(false);
  useEffect(() => {
    if (!editor || deepLinked.current) return;
    if (initialSelectedId) {
      deepLinked.current = true;
      select(initialSelectedId, { scroll: true });
      return;
    }
    const length = index.length;
    if (!initialRange || initialRange.start >= initialRange.end) return;
    deepLinked.current = true;
    const from = textOffsetToDocPos(index.text, index.toUtf16(Math.min(initialRange.start, length)));
    const to = textOffsetToDocPos(index.text, index.toUtf16(Math.min(initialRange.end, length)));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
    scrollToRange(editor.view, from, to);
  }, [editor, initialSelectedId, initialRange, index, select]);

  const selectFromList = useStableCallback((id: string) => select(id, { scroll: true }));
  const selectOrphan = useStableCallback((id: string) => select(id));
  const closeList = useStableCallback(() => setListOpen(false));
  useOrphanedListLink(setListOpen);

  useAnnotationPointer({
    editor,
    index,
    intervals,
    selectedId,
    onHover: (id, point) => setHover(id && point ? { id, point } : null),
    onPick: (id) => select(id),
  });

  const { create, createMentionByHotkey, remove, undo, redo, reattach } = useAnnotationActions({
    editor,
    store,
    index,
    article,
    user,
    labels,
    canCreate,
    canEdit,
    notify: pushToast,
    announce,
    setSelectedKey,
  });

  const reattachStable = useStableCallback(reattach);
  // Only a saved, anchored claim can join a cluster (the server needs its id).
  const linkClaim = useMemo(
    () =>
      canCreate && selected?.kind === "CLAIM" && !isLocalId(selected.id) && selected.anchorState === "ANCHORED"
        ? { id: selected.id, exact: selected.exact, articleId: selected.articleId }
        : null,
    [canCreate, selected],
  );
  const canLinkSelected = linkClaim !== null;

  useWorkspaceShortcuts(editor?.view.dom ?? null, {
    createClaim: (exact) => create("CLAIM", { exact }),
    createMention: createMentionByHotkey,
    openPalette: () => setPaletteOpen(true),
    linkCluster: () => {
      if (!canLinkSelected) return false;
      setLinkOpen(true);
      return true;
    },
    step: (direction) => {
      const next = stepAnnotation(listed, selectedId, direction);
      if (next) select(next, { scroll: true });
    },
    deleteSelected: () => {
      if (!selected || !canEdit(selected)) return false;
      remove(selected);
      return true;
    },
    acceptSuggestion: (all) => selected === null && suggestions.acceptFocused(all),
    dismissSuggestion: () => selected === null && suggestions.dismissFocused(),
    escape: () => {
      if (editor && !editor.state.selection.empty) {
        editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.selection.to)));
        return true;
      }
      if (selectedKey !== null) {
        const fromPanel = document.activeElement?.closest("[data-annotation-panel]");
        setSelectedKey(null);
        if (fromPanel) editor?.view.focus();
        return true;
      }
      return false;
    },
    undo,
    redo,
  });

  const commands = useWorkspaceCommands({
    open: paletteOpen,
    canCreate,
    hasSelection: selection.range !== null,
    labels,
    annotations: listed,
    annotators,
    currentUserId: user.id,
    onCreate: (kind, entityTypeId) => create(kind, { entityTypeId }),
    onGoTo: (id) => select(id, { scroll: true }),
    onLayer: setLayer,
    onUndo: undo,
    onRedo: redo,
    onToggleLegend: () => setLegendOpen((open) => !open),
  });

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
  const onPanelChange = useCallback((patch: AnnotationPatch) => selectedId && store.edit(selectedId, patch), [store, selectedId]);

  const hovered = hover ? view.byId.get(hover.id) : undefined;

  return (
    <div className="annotation-surface grid min-h-0 flex-1 xl:grid-cols-[17.5rem_minmax(0,1fr)_22rem] lg:grid-cols-[minmax(0,1fr)_22rem]">
      <style>{stylesheet}</style>
      <style>{live.stylesheet}</style>
      <style>{suggestionStylesheet}</style>
      <WorkspaceAids announcement={announcement} onSkipToText={() => editor?.view.focus()} />

      <AnnotationSidebar
        model={shownModel}
        stale={shownModel !== sidebarModel}
        labels={labels}
        filters={filters}
        onFiltersChange={setFilters}
        open={listOpen}
        onClose={closeList}
        hasSelection={orphaned.length > 0 && selection.range !== null}
        canEdit={canEdit}
        onSelect={selectFromList}
        onSelectOrphan={selectOrphan}
        onReattach={reattachStable}
      />

      <section aria-label="Article" className="min-w-0 px-4 lg:px-8">
        <div className="sticky top-14 z-20 -mx-4 border-b bg-background px-4 lg:-mx-8 lg:px-8">
          <WorkspaceToolbar
            layer={layer}
            onLayerChange={setLayer}
            annotators={annotators}
            currentUserId={user.id}
            legendOpen={legendOpen}
            legendId={legendId}
            onToggleLegend={() => setLegendOpen((open) => !open)}
            onOpenPalette={() => setPaletteOpen(true)}
            onOpenList={() => setListOpen(true)}
            listCount={listed.length}
            store={store}
            live={<LiveBar status={live.status} colleagues={live.colleagues} />}
            extra={
              assignment ? <EditorAssignmentControls projectSlug={projectSlug} articleTitle={article.title} assignment={assignment} store={store} /> : null
            }
          />
        </div>
        <div id={legendId} hidden={!legendOpen} className="pt-4">
          {legendOpen ? <HighlightLegend labels={labels} /> : null}
        </div>
        {header}
        <article id="annotation-text" className="pb-8 pt-2" lang={article.language} data-testid="article-text" aria-busy={!editor}>
          <EditorContent editor={editor} />
        </article>
        {footer}
        {canCreate ? (
          <SuggestionBar
            visible={suggestions.visible}
            focused={selected === null ? suggestions.focused : null}
            model={suggestions.model}
            loaded={suggestions.loaded}
            loadError={suggestions.loadError}
            labels={labels}
            onAccept={(list) => {
              suggestions.accept(list);
              editor?.view.focus();
            }}
            onDismiss={(s) => {
              suggestions.dismiss(s);
              editor?.view.focus();
            }}
          />
        ) : null}
      </section>

      <PanelColumn
        selected={selected && record ? { annotation: selected, record } : null}
        labels={labels}
        canCreate={canCreate}
        panel={{
          articleText: article.text,
          mentionsInside,
          projectSlug,
          canEdit: selected ? canEdit(selected) : false,
          canConfirmVerdict: can(role, "reviews.decide"),
          saveState,
          onChange: onPanelChange,
          onClose: () => {
            setSelectedKey(null);
            editor?.view.focus();
          },
          onDelete: () => selected && remove(selected),
          canLinkCluster: canCreate,
          onOpenLinkDialog: () => canLinkSelected && setLinkOpen(true),
        }}
        onApplyMine={() => record && store.resolveConflict(record.id, "mine")}
        onKeepTheirs={() => record && store.resolveConflict(record.id, "theirs")}
        onDiscard={() => record && store.discard(record.id)}
      />

      {editor && canCreate && selection.range && !selection.dragging && !paletteOpen ? (
        <SelectionToolbar
          editor={editor}
          range={selection.range}
          entityTypes={labels.entityTypes}
          onCreateClaim={() => create("CLAIM")}
          onCreateMention={(entityTypeId) => create("ENTITY_MENTION", { entityTypeId })}
        />
      ) : null}
      {hovered && hover ? <AnnotationHoverCard annotation={hovered} labels={labels} point={hover.point} unsaved={view.unsaved.has(hovered.id)} /> : null}
      <LinkClusterDialog
        open={linkOpen && canLinkSelected}
        onOpenChange={setLinkOpen}
        projectSlug={projectSlug}
        claim={linkClaim}
      />
      <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} commands={commands} />
      <ToastRegion toasts={toasts} onDismiss={dismissToast} />
    </div>
  );
}
