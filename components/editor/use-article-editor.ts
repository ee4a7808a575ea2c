"use client";

import { useMemo } from "react";
import { useEditor, type Editor } from "@tiptap/react";
import type { ArticleDoc } from "@/lib/article-content/types";
import { articleExtensions } from "@/lib/tiptap/extensions";
import { highlightPriority } from "./highlights/highlight-priority";

type Options = { content: ArticleDoc; label: string; locale: string };

/**
 * The article's text in Tiptap. The view is editable so it takes a caret
 * and keyboard selection, but ReadOnlyText refuses every change, so what is
 * shown is always exactly the canonical text that offsets count. React does
 * not re-render on transactions: the parts that follow the selection
 * subscribe to it themselves.
 */
export function useArticleEditor({ content, label, locale }: Options): Editor | null {
  const extensions = useMemo(() => articleExtensions({ locale, highlights: { priorityOf: highlightPriority } }), [locale]);
  return useEditor({
    extensions,
    content,
    editable: true,
    // Rendered on the client only; SSR would need a second, DOM-less render.
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: "article-prose rounded-md outline-none caret-primary",
        // Tiptap gives the editable root role="textbox"; a read-only,
        // multi-line textbox with a name is how screen readers should
        // announce text you can select but not change.
        "aria-label": label,
        "aria-readonly": "true",
        "aria-multiline": "true",
        "aria-describedby": "annotation-editor-help",
      },
    },
  });
}
