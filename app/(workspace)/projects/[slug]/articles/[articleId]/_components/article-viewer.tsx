"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import type { ArticleDoc } from "@/lib/article-content/types";

type Props = { content: ArticleDoc; label: string };

// Read-only view of the article. The document comes from the canonical text
// (lib/article-content), so what is shown is exactly what offsets count.
// Annotation highlights will be drawn as decorations on top of it, never
// inside the document.
export function ArticleViewer({ content, label }: Props) {
  const editor = useEditor({
    // No trailing node: it would append an empty paragraph after a final
    // heading and the shown text would no longer equal the canonical text.
    extensions: [StarterKit.configure({ link: false, undoRedo: false, trailingNode: false })],
    content,
    editable: false,
    // Rendered on the client only; SSR would need a second, DOM-less render.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "article-prose rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-ring",
        // Tiptap gives the editable root role="textbox"; a read-only textbox
        // with a name is how screen readers should announce it.
        "aria-label": label,
        "aria-readonly": "true",
        "aria-multiline": "true",
      },
    },
  });
  return (
    <div data-testid="article-text" aria-busy={!editor}>
      <EditorContent editor={editor} />
    </div>
  );
}
