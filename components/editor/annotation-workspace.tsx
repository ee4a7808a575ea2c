"use client";

import { useId, useRef, type ReactNode } from "react";
import { EditorContent } from "@tiptap/react";
import type { CompactAnnotations } from "@/lib/annotations/compact/compact-annotations-types";
import type { ArticleDoc } from "@/lib/article-content/types";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { PanelLabels } from "@/components/editor/panel/types";
import { SelectionToolbar } from "./selection/selection-toolbar";
import { HighlightLegend } from "./highlights/highlight-legend";
import { AnnotationSidebar } from "./list/annotation-sidebar";
import { AnnotationHoverCard } from "./navigation/annotation-hover-card";
import { CommandPalette } from "./navigation/command-palette";
import { ToastRegion } from "./feedback/toast-region";
import { WorkspaceToolbar } from "./workspace-toolbar";
import { PanelColumn } from "./panel-column";
import { WorkspaceAids } from "./workspace-aids";
import { LiveBar } from "./live/live-bar";
import { EditorAssignmentControls, type EditorAssignment } from "@/components/assignment/editor-assignment-controls";
import { LinkClusterDialog } from "@/components/clusters/link-cluster-dialog";
import { SuggestionBar } from "./suggestions/suggestion-bar";
import { suggestionStylesheet } from "./suggestions/suggestion-spans";
import { useAnnotationWorkspace } from "./use-annotation-workspace";
import { StaticArticleText } from "./static-text/static-article-text";

export type WorkspaceArticle = { id: string; title: string; text: string; content: ArticleDoc; revision: number; language: string };

export type AnnotationWorkspaceProps = {
  projectSlug: string;
  article: WorkspaceArticle;
  labels: PanelLabels;
  /** The article's annotations as the page sends them (expanded on the client). */
  annotations: CompactAnnotations;
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

/**
 * The annotation editor's layout: the list of annotations, the article text
 * with its highlights, and the selected annotation's panel. What it shows
 * and does comes from `useAnnotationWorkspace`.
 */
export function AnnotationWorkspace(props: AnnotationWorkspaceProps) {
  const { projectSlug, article, labels, user, role, header, footer, assignment } = props;
  const staticText = useRef<HTMLDivElement>(null);
  const w = useAnnotationWorkspace(props, staticText);
  const { editor, store, toggles, visible, suggestions, selected, panel } = w;
  const legendId = useId();

  return (
    <div data-annotation-workspace="" className="annotation-surface grid min-h-0 flex-1 xl:grid-cols-[17.5rem_minmax(0,1fr)_22rem] lg:grid-cols-[minmax(0,1fr)_22rem]">
      <style>{w.stylesheet}</style>
      <style>{w.live.stylesheet}</style>
      <style>{suggestionStylesheet}</style>
      <WorkspaceAids announcement={w.announcement} onSkipToText={() => editor?.view.focus()} />

      <AnnotationSidebar
        model={visible.shownModel}
        stale={visible.shownModel !== visible.sidebarModel}
        labels={labels}
        filters={visible.filters}
        onFiltersChange={visible.setFilters}
        open={toggles.listOpen}
        onClose={w.closeList}
        hasSelection={visible.orphaned.length > 0 && w.selection.range !== null}
        canEdit={w.canEdit}
        onSelect={w.selectFromList}
        onSelectOrphan={w.selectOrphan}
        onReattach={w.reattach}
      />

      <section aria-label="Article" className="min-w-0 px-4 lg:px-8">
        <div className="sticky top-14 z-20 -mx-4 border-b bg-background px-4 lg:-mx-8 lg:px-8">
          <WorkspaceToolbar
            layer={visible.layer}
            onLayerChange={visible.setLayer}
            annotators={visible.annotators}
            currentUserId={user.id}
            legendOpen={toggles.legendOpen}
            legendId={legendId}
            onToggleLegend={toggles.toggleLegend}
            onOpenPalette={() => toggles.setPaletteOpen(true)}
            onOpenList={() => toggles.setListOpen(true)}
            listCount={visible.listed.length}
            store={store}
            live={<LiveBar status={w.live.status} colleagues={w.live.colleagues} />}
            extra={
              assignment ? <EditorAssignmentControls projectSlug={projectSlug} articleTitle={article.title} assignment={assignment} store={store} /> : null
            }
          />
        </div>
        <div id={legendId} hidden={!toggles.legendOpen} className="pt-4">
          {toggles.legendOpen ? <HighlightLegend labels={labels} /> : null}
        </div>
        {header}
        <article id="annotation-text" className="pb-8 pt-2" lang={article.language} data-testid="article-text" aria-busy={!editor}>
          {/* The text as the server sent it until the editor has loaded (then the editor's own). */}
          {editor ? null : <StaticArticleText ref={staticText} content={article.content} />}
          <EditorContent editor={editor} />
        </article>
        {footer}
        {w.canCreate ? (
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
        selected={selected && panel.record ? { annotation: selected, record: panel.record } : null}
        labels={labels}
        canCreate={w.canCreate}
        panel={{
          articleText: article.text,
          mentionsInside: panel.mentionsInside,
          projectSlug,
          canEdit: selected ? w.canEdit(selected) : false,
          canConfirmVerdict: can(role, "reviews.decide"),
          saveState: panel.saveState,
          onChange: panel.onChange,
          onClose: () => {
            w.setSelectedKey(null);
            editor?.view.focus();
          },
          onDelete: () => selected && w.actions.remove(selected),
          canLinkCluster: w.canCreate,
          onOpenLinkDialog: () => w.canLinkSelected && toggles.setLinkOpen(true),
        }}
        onApplyMine={() => panel.record && store.resolveConflict(panel.record.id, "mine")}
        onKeepTheirs={() => panel.record && store.resolveConflict(panel.record.id, "theirs")}
        onDiscard={() => panel.record && store.discard(panel.record.id)}
      />

      {editor && w.canCreate && w.selection.range && !w.selection.dragging && !toggles.paletteOpen ? (
        <SelectionToolbar
          editor={editor}
          range={w.selection.range}
          entityTypes={labels.entityTypes}
          onCreateClaim={() => w.actions.create("CLAIM")}
          onCreateMention={(entityTypeId) => w.actions.create("ENTITY_MENTION", { entityTypeId })}
        />
      ) : null}
      {w.hover ? (
        <AnnotationHoverCard annotation={w.hover.annotation} labels={labels} point={w.hover.point} unsaved={w.view.unsaved.has(w.hover.annotation.id)} />
      ) : null}
      <LinkClusterDialog open={toggles.linkOpen && w.canLinkSelected} onOpenChange={toggles.setLinkOpen} projectSlug={projectSlug} claim={panel.linkClaim} />
      <CommandPalette open={toggles.paletteOpen} onOpenChange={toggles.setPaletteOpen} commands={w.commands} />
      <ToastRegion toasts={w.toasts.toasts} onDismiss={w.toasts.dismiss} />
    </div>
  );
}
