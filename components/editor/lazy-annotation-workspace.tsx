"use client";

import dynamic from "next/dynamic";
import type { AnnotationWorkspaceProps } from "./annotation-workspace";
import { StaticHighlightPainter } from "./static-text/static-highlight-painter";

// Rendered on the server like any component, so the page's HTML is the
// workspace's; on the client its code (Tiptap, ProseMirror, the list, the
// panel, the palette: most of the page's JavaScript) arrives in a chunk of
// its own, and React keeps the server's HTML in place until it has, then
// hydrates it in place — nothing is laid out twice.
const AnnotationWorkspace = dynamic(() => import("./annotation-workspace").then((m) => m.AnnotationWorkspace));

/**
 * The annotation workspace, with its highlights painted over the
 * server-rendered text as soon as this small component hydrates, before the
 * workspace's own code has loaded (issue 15).
 */
export function LazyAnnotationWorkspace(props: AnnotationWorkspaceProps) {
  return (
    <>
      <StaticHighlightPainter
        text={props.article.text}
        labels={props.labels}
        annotations={props.annotations}
        userId={props.user.id}
        selectedId={props.initialSelectedId}
      />
      <AnnotationWorkspace {...props} />
    </>
  );
}
