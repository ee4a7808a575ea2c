"use client";

import { useId, type ReactNode } from "react";
import { CommandIcon, ListIcon, PaletteIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { AnnotationLayer } from "./list/annotation-layer";
import type { AnnotationStore } from "./store/create-annotation-store";
import { SaveSummary } from "./feedback/save-summary";

type Props = {
  layer: AnnotationLayer;
  onLayerChange: (layer: AnnotationLayer) => void;
  annotators: readonly { id: string; name: string }[];
  currentUserId: string;
  legendOpen: boolean;
  legendId: string;
  onToggleLegend: () => void;
  onOpenPalette: () => void;
  onOpenList: () => void;
  listCount: number;
  store: AnnotationStore;
  /** Presence and connection state (live updates). */
  live?: ReactNode;
  /** Controls other features add to the toolbar (e.g. the assignment's submit). */
  extra?: ReactNode;
};

const layerValue = (layer: AnnotationLayer) => (layer.kind === "author" ? `author:${layer.authorId}` : layer.kind);

function parseLayer(value: string): AnnotationLayer {
  if (value === "mine") return { kind: "mine" };
  if (value === "gold") return { kind: "gold" };
  if (value.startsWith("author:")) return { kind: "author", authorId: value.slice("author:".length) };
  return { kind: "everyone" };
}

/** Above the text: whose annotations to show, the legend, commands, and whether everything is saved. */
export function WorkspaceToolbar(props: Props) {
  const { layer, onLayerChange, annotators, currentUserId, legendOpen, legendId, onToggleLegend, onOpenPalette, onOpenList, listCount } = props;
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2 py-2">
      <Button variant="outline" size="sm" className="xl:hidden" onClick={onOpenList}>
        <ListIcon />
        Annotations ({listCount})
      </Button>
      <label htmlFor={`${id}-layer`} className="text-sm text-muted-foreground">
        Show
      </label>
      <NativeSelect
        id={`${id}-layer`}
        className="h-8 text-sm"
        value={layerValue(layer)}
        onChange={(event) => onLayerChange(parseLayer(event.currentTarget.value))}
        data-testid="layer-select"
      >
        <option value="everyone">Everyone’s annotations</option>
        <option value="mine">Only mine</option>
        <option value="gold">Gold layer</option>
        {annotators
          .filter((a) => a.id !== currentUserId)
          .map((annotator) => (
            <option key={annotator.id} value={`author:${annotator.id}`}>
              Only {annotator.name}’s
            </option>
          ))}
      </NativeSelect>
      <Button variant="ghost" size="sm" aria-expanded={legendOpen} aria-controls={legendId} onClick={onToggleLegend}>
        <PaletteIcon />
        Legend
      </Button>
      <Button variant="ghost" size="sm" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K">
        <CommandIcon />
        Commands
        <kbd className="rounded border px-1 font-mono text-[0.6875rem] text-muted-foreground">Ctrl K</kbd>
      </Button>
      {props.extra}
      <div className="ml-auto flex items-center gap-3">
        {props.live}
        <SaveSummary store={props.store} />
      </div>
    </div>
  );
}
