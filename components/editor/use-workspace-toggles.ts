"use client";

import { useCallback, useState } from "react";

/**
 * What the workspace has open besides the text: the command palette, the
 * link-to-cluster dialog, the colour legend and (on narrow screens) the
 * annotation list. Kept together because shortcuts, the toolbar and the
 * palette all open and close them.
 */
export function useWorkspaceToggles() {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [legendOpen, setLegendOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const toggleLegend = useCallback(() => setLegendOpen((open) => !open), []);
  return { paletteOpen, setPaletteOpen, linkOpen, setLinkOpen, legendOpen, toggleLegend, listOpen, setListOpen };
}

export type WorkspaceToggles = ReturnType<typeof useWorkspaceToggles>;
