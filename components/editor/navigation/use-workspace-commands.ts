"use client";

import { useMemo } from "react";
import type { AnnotationDTO, AnnotationKindDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import type { AnnotationLayer } from "@/components/editor/list/annotation-layer";
import { openProjectSearch } from "@/components/search/open-project-search";
import type { PaletteCommand } from "./command-palette";

type Options = {
  /** Commands are only built while the palette is open (one per annotation). */
  open: boolean;
  canCreate: boolean;
  hasSelection: boolean;
  labels: PanelLabels;
  annotations: readonly AnnotationDTO[];
  annotators: readonly { id: string; name: string }[];
  currentUserId: string;
  onCreate: (kind: AnnotationKindDTO, entityTypeId?: string) => void;
  onGoTo: (id: string) => void;
  onLayer: (layer: AnnotationLayer) => void;
  onUndo: () => void;
  onRedo: () => void;
  onToggleLegend: () => void;
};

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/** What the command palette offers right now. */
export function useWorkspaceCommands(options: Options): PaletteCommand[] {
  const { open, canCreate, hasSelection, labels, annotations, annotators, currentUserId } = options;
  const { onCreate, onGoTo, onLayer, onUndo, onRedo, onToggleLegend } = options;
  return useMemo(() => {
    const commands: PaletteCommand[] = [];
    if (!open) return commands;
    if (canCreate && hasSelection) {
      commands.push({ id: "create-claim", group: "Create from selection", label: "Mark as claim", shortcut: "C", keywords: "new add", run: () => onCreate("CLAIM") });
      for (const type of labels.entityTypes) {
        commands.push({
          id: `create-${type.id}`,
          group: "Create from selection",
          label: `Mark as ${type.name} mention`,
          shortcut: type.hotkey ?? undefined,
          keywords: "entity new add",
          run: () => onCreate("ENTITY_MENTION", type.id),
        });
      }
    }
    commands.push(
      { id: "search-project", group: "Go to", label: "Search the project…", shortcut: "/", keywords: "find articles claims entities notes evidence comments", run: () => window.setTimeout(openProjectSearch, 0) },
      { id: "layer-everyone", group: "Show", label: "Show everyone’s annotations", keywords: "layer all", run: () => onLayer({ kind: "everyone" }) },
      { id: "layer-mine", group: "Show", label: "Show only mine", keywords: "layer my own", run: () => onLayer({ kind: "mine" }) },
      { id: "layer-gold", group: "Show", label: "Show the gold layer", keywords: "layer adjudicated", run: () => onLayer({ kind: "gold" }) },
      ...annotators
        .filter((a) => a.id !== currentUserId)
        .map((a) => ({ id: `layer-${a.id}`, group: "Show", label: `Show only ${a.name}’s`, keywords: "layer annotator", run: () => onLayer({ kind: "author", authorId: a.id }) })),
      { id: "legend", group: "Show", label: "Show or hide the legend", keywords: "colours colors key", run: onToggleLegend },
    );
    if (canCreate) {
      commands.push(
        { id: "undo", group: "Edit", label: "Undo last annotation action", shortcut: "Ctrl Z", run: onUndo },
        { id: "redo", group: "Edit", label: "Redo", shortcut: "Ctrl Shift Z", run: onRedo },
      );
    }
    for (const annotation of annotations) {
      commands.push({
        id: `go-${annotation.id}`,
        group: "Go to annotation",
        label: clip(annotation.exact),
        keywords: `${annotation.kind === "CLAIM" ? "claim" : "mention"} ${annotation.note} ${annotation.author.name}`,
        run: () => onGoTo(annotation.id),
      });
    }
    return commands;
  }, [open, canCreate, hasSelection, labels, annotations, annotators, currentUserId, onCreate, onGoTo, onLayer, onUndo, onRedo, onToggleLegend]);
}
