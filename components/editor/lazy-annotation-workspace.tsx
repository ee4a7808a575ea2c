"use client";

import { use, useEffect } from "react";
import type { AnnotationWorkspaceProps } from "./annotation-workspace";
import type * as Workspace from "./annotation-workspace";
import { holdEarlyClicks, replayEarlyClick } from "./static-text/replay-early-click";
import { StaticHighlightPainter } from "./static-text/static-highlight-painter";
import { EarlyPaintScript } from "./static-text/early-paint-script";

type WorkspaceModule = typeof Workspace;

// The workspace's code (Tiptap, ProseMirror, the list, the panel, the
// palette: most of the page's JavaScript) is a chunk of its own in the
// browser, requested as soon as this small one runs. On the server it is
// required synchronously (the bundler drops the other branch on each side),
// so the page's HTML holds the workspace inline, as before.
const onServer: WorkspaceModule | null =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  typeof window === "undefined" ? (require("./annotation-workspace") as WorkspaceModule) : null;
const inBrowser: Promise<WorkspaceModule> | null = typeof window === "undefined" ? null : import("./annotation-workspace");
// Clicks on the server-rendered panel while that chunk loads are kept for later.
holdEarlyClicks();

function AnnotationWorkspace(props: AnnotationWorkspaceProps) {
  const { AnnotationWorkspace: Loaded } = onServer ?? use(inBrowser as Promise<WorkspaceModule>);
  return <Loaded {...props} />;
}

/**
 * The annotation workspace, with its highlights painted over the
 * server-rendered text by an inline script right after it in the HTML
 * (`nonce`: the request's CSP nonce), before any chunk has run, or else
 * from this small chunk, before the workspace's own code has loaded
 * (issue 15). Hydration waits for that code (no Suspense
 * boundary: a large one would be streamed apart from the page and hidden
 * without JavaScript), then goes on in place; a client-side navigation keeps
 * the previous page until it has loaded, as before.
 */
export function LazyAnnotationWorkspace({ nonce, ...props }: AnnotationWorkspaceProps & { nonce?: string }) {
  const opening = {
    text: props.article.text,
    labels: props.labels,
    annotations: props.annotations,
    userId: props.user.id,
    selectedId: props.initialSelectedId,
  };
  // Effects run once the whole page has hydrated, the workspace included.
  useEffect(replayEarlyClick, []);
  return (
    <>
      <StaticHighlightPainter {...opening} />
      <AnnotationWorkspace {...props} />
      <EarlyPaintScript nonce={nonce} {...opening} />
    </>
  );
}
