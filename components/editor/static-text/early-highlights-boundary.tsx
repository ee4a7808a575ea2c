"use client";

import { Fragment, Suspense, useEffect, useState, type ReactNode } from "react";
import type { CompactAnnotations } from "@/lib/annotations/compact/compact-annotations-types";
import type { PanelLabels } from "@/components/editor/panel/types";
import { StaticHighlightPainter } from "./static-highlight-painter";

type Props = {
  article: { text: string };
  labels: PanelLabels;
  annotations: CompactAnnotations;
  userId: string;
  selectedId?: string;
  /** The workspace, whose chunk (Tiptap, ProseMirror, list, panel, palette) is most of the page's JavaScript. */
  children: ReactNode;
};

let hydrated = false;

// Hydrating the server's page, the workspace's HTML is already there: a
// Suspense boundary around it lets the painter hydrate and paint while the
// workspace's chunk is still loading, and React keeps the server's HTML in
// place until it hydrates it — nothing is laid out twice. On a client-side
// navigation there is no such HTML and a boundary would show an empty
// fallback; without one the router keeps the previous page until the chunk
// has loaded, as it did before.
function hydratingServerHtml(): boolean {
  if (typeof document === "undefined") return true;
  return !hydrated && document.querySelector(".annotation-surface") !== null;
}

/**
 * Paints the article's highlights over the server-rendered text from this
 * small chunk as soon as it hydrates, before the workspace's own code has
 * loaded (issue 15); the workspace hydrates after it and its editor takes
 * over.
 */
export function EarlyHighlightsBoundary({ children, ...painter }: Props) {
  // Decided once per mount: changing it later would remount the workspace.
  const [Boundary] = useState(() => (hydratingServerHtml() ? Suspense : Fragment));
  useEffect(() => {
    hydrated = true;
  }, []);
  return (
    <>
      <StaticHighlightPainter {...painter} />
      <Boundary>{children}</Boundary>
    </>
  );
}
