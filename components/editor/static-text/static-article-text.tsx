import type { Ref } from "react";
import type { ArticleBlockNode, ArticleDoc } from "@/lib/article-content/types";

type Props = { content: ArticleDoc; ref?: Ref<HTMLDivElement> };

/**
 * The article's text as plain HTML, laid out as the editor lays it out
 * (same blocks, classes and white-space rules), so the server-rendered page
 * shows the text — and its highlights can be painted — before Tiptap has
 * loaded; the editor replaces it in the same place. Blocks join with "\n\n"
 * and a <br> is "\n" of the canonical text, as in `textToDoc`; a filler <br>
 * (as ProseMirror's trailing break) gives an empty or break-ended block its
 * line and stands for no text.
 */
export function StaticArticleText({ content, ref }: Props) {
  return (
    <div ref={ref} className="article-static-text article-prose rounded-md" data-static-article-text="">
      {content.content.map((block, i) => (
        <StaticBlock key={i} block={block} />
      ))}
    </div>
  );
}

function StaticBlock({ block }: { block: ArticleBlockNode }) {
  const inline = block.content ?? [];
  const children = inline.map((node, i) => (node.type === "text" ? <span key={i}>{node.text}</span> : <br key={i} />));
  if (inline.length === 0 || inline[inline.length - 1]?.type === "hardBreak") children.push(<br key="filler" data-filler="" />);
  if (block.type === "heading") {
    const Heading = `h${block.attrs.level}` as const;
    return <Heading>{children}</Heading>;
  }
  return <p>{children}</p>;
}
