"use client";

import { useCallback, useId, useMemo, useState, type ReactNode } from "react";
import { EditorContent } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import { XIcon } from "lucide-react";
import type { AnnotationDTO, AnnotationKindDTO } from "@/lib/annotations/annotation-dto";
import type { ArticleDoc } from "@/lib/article-content/types";
import { can, canEditAnnotation } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { createIntervalIndex } from "@/lib/tiptap/annotation-highlights/utils/create-interval-index";
import { AnnotationPanel } from "@/components/editor/panel/annotation-panel";
import type { PanelLabels, SaveState } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useAnnotationStore } from "./store/use-annotation-store";
import { selectAnnotations } from "./store/select-annotations";
import type { AnnotationPatch, StoreNotice } from "./store/types";
import { useArticleEditor } from "./use-article-editor";
import { useEditorSelection } from "./selection/use-editor-selection";
import { SelectionToolbar } from "./selection/selection-toolbar";
import { createDraftAnnotation } from "./selection/create-draft-annotation";
import { spanOfRange } from "./selection/span-of-range";
import { currentAnnotatableRange } from "./selection/current-annotatable-range";
import { createHighlightStyler } from "./highlights/highlight-style-names";
import { buildHighlightStylesheet } from "./highlights/build-highlight-stylesheet";
import { toHighlightSpans } from "./highlights/to-highlight-spans";
import { useAnnotationHighlights } from "./highlights/use-annotation-highlights";
import { HighlightLegend } from "./highlights/highlight-legend";
import { AnnotationList } from "./list/annotation-list";
import { OrphanedAnnotations } from "./list/orphaned-annotations";
import { annotatorsOf, inLayer, type AnnotationLayer } from "./list/annotation-layer";
import { filterAnnotations, NO_FILTERS, type AnnotationFilters } from "./list/filter-annotations";
import { useAnnotationPointer } from "./navigation/use-annotation-pointer";
import { AnnotationHoverCard } from "./navigation/annotation-hover-card";
import { scrollToRange } from "./navigation/scroll-to-range";
import { stepAnnotation } from "./navigation/step-annotation";
import { useWorkspaceShortcuts } from "./navigation/use-workspace-shortcuts";
import { CommandPalette } from "./navigation/command-palette";
import { useWorkspaceCommands } from "./navigation/use-workspace-commands";
import { ConflictNotice } from "./feedback/conflict-notice";
import { ToastRegion } from "./feedback/toast-region";
import { useToasts } from "./feedback/use-toasts";
import { WorkspaceToolbar } from "./workspace-toolbar";
import { EmptyPanel } from "./empty-panel";

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
};

const kindName = (kind: AnnotationKindDTO) => (kind === "CLAIM" ? "Claim" : "Entity mention");

/**
 * The annotation editor: the list of annotations, the article text with its
 * highlights, and the selected annotation's panel. Annotations live in the
 * client store (saved in the background); the text never changes.
 */
export function AnnotationWorkspace(props: AnnotationWorkspaceProps) {
  const { projectSlug, article, labels, annotations: initial, user, role, header, footer } = props;
  const { toasts, push: pushToast, dismiss: dismissToast } = useToasts();
  const onNotice = useCallback((notice: StoreNotice) => pushToast({ message: notice.message, tone: notice.kind }), [pushToast]);
  const [store, storeState] = useAnnotationStore({ projectSlug, articleId: article.id, initial, onNotice });
  const view = selectAnnotations(storeState);
  const index = useMemo(() => createCodePointIndex(article.text), [article.text]);
  const editor = useArticleEditor({ content: article.content, label: `Text of “${article.title}”`, locale: article.language });
  const selection = useEditorSelection(editor, article.language);

  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; point: { x: number; y: number } } | null>(null);
  const [layer, setLayer] = useState<AnnotationLayer>({ kind: "everyone" });
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [legendOpen, setLegendOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const legendId = useId();

  const canCreate = can(role, "annotations.create");
  const canEdit = useCallback((a: AnnotationDTO) => canEditAnnotation(role, user.id, a.author.id), [role, user.id]);
  const selectedId = selectedKey === null ? null : store.resolveId(selectedKey);
  const selected = selectedId === null ? null : (view.byId.get(selectedId) ?? null);

  // What is drawn and listed: the chosen layer; orphans are listed apart.
  const inView = useMemo(() => view.list.filter((a) => inLayer(a, layer, user.id)), [view.list, layer, user.id]);
  const anchored = useMemo(() => inView.filter((a) => a.anchorState === "ANCHORED"), [inView]);
  const orphaned = useMemo(() => inView.filter((a) => a.anchorState === "ORPHANED"), [inView]);
  const listed = useMemo(() => filterAnnotations(anchored, filters), [anchored, filters]);
  const intervals = useMemo(() => createIntervalIndex(anchored), [anchored]);
  const failed = useMemo(() => new Set([...view.records.values()].filter((r) => r.save.status === "failed").map((r) => r.id)), [view.records]);
  const annotators = useMemo(() => annotatorsOf(view.list, user), [view.list, user]);

  const styler = useMemo(
    () => createHighlightStyler(labels, { markOthers: layer.kind === "everyone", currentUserId: user.id }),
    [labels, layer.kind, user.id],
  );
  const stylesheet = useMemo(() => buildHighlightStylesheet(labels), [labels]);
  const spans = useMemo(
    () =>
      toHighlightSpans({
        annotations: anchored,
        index,
        styler,
        isUnsaved: (id) => view.unsaved.has(id),
        selectedId,
        hoveredId: hover?.id ?? null,
      }),
    [anchored, index, styler, view.unsaved, selectedId, hover?.id],
  );
  useAnnotationHighlights(editor, spans);

  const announce = useCallback((message: string) => setAnnouncement(message), [setAnnouncement]);

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

  useAnnotationPointer({
    editor,
    index,
    intervals,
    selectedId,
    onHover: (id, point) => setHover(id && point ? { id, point } : null),
    onPick: (id) => select(id),
  });

  const create = useCallback(
    (kind: AnnotationKindDTO, options: { entityTypeId?: string; exact?: boolean } = {}) => {
      if (!editor || !canCreate) return;
      const range = currentAnnotatableRange(editor, article.language, options.exact);
      const span = range ? spanOfRange(index, range) : null;
      if (!range || !span) {
        pushToast({ message: "Select some text first (drag, double-click, or Shift+arrow keys in the text).", tone: "info" });
        return;
      }
      const draft = createDraftAnnotation({
        kind,
        start: span.start,
        end: span.end,
        index,
        articleId: article.id,
        revision: article.revision,
        author: user,
        defaultStatusId: labels.statuses.find((s) => s.key === "unverified")?.id ?? null,
        entityTypeId: options.entityTypeId ?? null,
      });
      store.create(draft);
      setSelectedKey(draft.id);
      // Collapse the selection to its end: the toolbar goes, and the caret is
      // where the next keyboard selection naturally starts.
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.to)));
      const type = labels.entityTypes.find((t) => t.id === options.entityTypeId);
      announce(`${type ? `${type.name} mention` : "Claim"} created: ${span.exact.slice(0, 120)}`);
    },
    [editor, canCreate, index, article.id, article.revision, article.language, user, labels, store, pushToast, announce, setSelectedKey],
  );

  const createMentionByHotkey = (hotkey: string, exact: boolean) => {
    const type = labels.entityTypes.find((t) => t.hotkey === hotkey);
    if (type) create("ENTITY_MENTION", { entityTypeId: type.id, exact });
  };

  const remove = useCallback(
    (annotation: AnnotationDTO) => {
      if (!canEdit(annotation)) return;
      store.remove(annotation.id);
      setSelectedKey(null);
      announce(`${kindName(annotation.kind)} deleted`);
      pushToast({
        message: `${kindName(annotation.kind)} deleted.`,
        tone: "info",
        action: { label: "Undo", run: () => store.restore(annotation.id) },
      });
    },
    [canEdit, store, pushToast, announce, setSelectedKey],
  );

  const undo = useCallback(() => {
    const entry = store.undo();
    announce(entry ? `Undid ${entry.kind === "edit" ? "an edit" : entry.kind === "create" ? "creating an annotation" : "a delete"}` : "Nothing to undo");
    if (entry?.kind === "delete") setSelectedKey(entry.id);
  }, [store, announce, setSelectedKey]);
  const redo = useCallback(() => {
    const entry = store.redo();
    announce(entry ? "Redone" : "Nothing to redo");
  }, [store, announce]);

  const reattach = (id: string) => {
    const range = editor ? currentAnnotatableRange(editor, article.language) : null;
    const span = range ? spanOfRange(index, range) : null;
    if (!span) return;
    store.edit(id, { start: span.start, end: span.end, exact: span.exact, prefix: span.prefix, suffix: span.suffix });
    announce("Re-attached to the selected text");
  };

  useWorkspaceShortcuts(editor?.view.dom ?? null, {
    createClaim: (exact) => create("CLAIM", { exact }),
    createMention: createMentionByHotkey,
    openPalette: () => setPaletteOpen(true),
    step: (direction) => {
      const next = stepAnnotation(listed, selectedId, direction);
      if (next) select(next, { scroll: true });
    },
    deleteSelected: () => {
      if (!selected || !canEdit(selected)) return false;
      remove(selected);
      return true;
    },
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
      <p id="annotation-editor-help" className="sr-only">
        Read-only article text. Select words with Shift and the arrow keys, then press C for a claim or 1 to 9 for an entity mention. J and K move
        between annotations, Delete removes the selected one, Control K opens all commands.
      </p>
      <div className="sr-only" aria-live="polite" data-testid="editor-announcer">
        {announcement}
      </div>
      {/* Past the list, straight to the text, where keyboard annotating starts. */}
      <a
        href="#annotation-text"
        onClick={(event) => {
          event.preventDefault();
          editor?.view.focus();
        }}
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[100] focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-primary-foreground focus:shadow-lg"
      >
        Skip to the article text
      </a>

      <aside
        aria-label="Annotation list"
        className={cn(
          "flex-col border-r bg-background p-3 xl:sticky xl:top-14 xl:flex xl:h-[calc(100dvh-3.5rem)] xl:self-start",
          listOpen ? "fixed inset-y-0 left-0 top-14 z-30 flex w-80 shadow-xl" : "hidden",
        )}
      >
        {listOpen ? (
          <Button variant="ghost" size="icon-sm" className="absolute right-2 top-2 xl:hidden" aria-label="Close the list" onClick={() => setListOpen(false)}>
            <XIcon />
          </Button>
        ) : null}
        <AnnotationList
          annotations={listed}
          total={anchored.length}
          labels={labels}
          filters={filters}
          onFiltersChange={setFilters}
          selectedId={selectedId}
          unsaved={view.unsaved}
          failed={failed}
          onSelect={(id) => select(id, { scroll: true })}
        >
          <OrphanedAnnotations
            annotations={orphaned}
            selectedId={selectedId}
            hasSelection={selection.range !== null}
            canEdit={canEdit}
            onSelect={(id) => select(id)}
            onReattach={reattach}
          />
        </AnnotationList>
      </aside>

      <section aria-label="Article" className="min-w-0 px-4 lg:px-8">
        <div className="sticky top-14 z-20 -mx-4 border-b bg-background/95 px-4 backdrop-blur lg:-mx-8 lg:px-8">
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
            unsavedCount={view.unsaved.size}
            failedCount={failed.size}
            onRetry={() => store.retry()}
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
      </section>

      <div
        className={cn(
          "lg:sticky lg:top-14 lg:h-[calc(100dvh-3.5rem)] lg:self-start",
          selected ? "fixed inset-y-0 right-0 top-14 z-30 flex flex-col shadow-xl lg:static lg:shadow-none" : "hidden lg:flex lg:flex-col",
        )}
      >
        {selected && record ? (
          <>
            {record.conflict || (record.save.status === "failed" && !record.save.retryable) ? (
              <div className="w-[22rem] max-w-full border-l bg-card px-4 pt-4">
                <ConflictNotice
                  record={record}
                  labels={labels}
                  onApplyMine={() => store.resolveConflict(record.id, "mine")}
                  onKeepTheirs={() => store.resolveConflict(record.id, "theirs")}
                  onDiscard={() => store.discard(record.id)}
                />
              </div>
            ) : null}
            <div className="min-h-0 flex-1">
              <AnnotationPanel
                annotation={selected}
                articleText={article.text}
                mentionsInside={mentionsInside}
                labels={labels}
                projectSlug={projectSlug}
                canEdit={canEdit(selected)}
                canConfirmVerdict={can(role, "reviews.decide")}
                saveState={saveState}
                onChange={onPanelChange}
                onClose={() => {
                  setSelectedKey(null);
                  editor?.view.focus();
                }}
                onDelete={() => remove(selected)}
              />
            </div>
          </>
        ) : (
          <EmptyPanel canCreate={canCreate} />
        )}
      </div>

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
      <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} commands={commands} />
      <ToastRegion toasts={toasts} onDismiss={dismissToast} />
    </div>
  );
}
