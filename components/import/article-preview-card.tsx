"use client";

import { useId } from "react";
import type { ArticleImportChoice, ArticlePreviewItem, ImportBlockDTO, ImportMetadataDTO } from "@/lib/server/article-import/article-import-types";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ImportBlockRow } from "./import-block-row";
import { MetadataFields } from "./metadata-fields";

type Props = {
  item: ArticlePreviewItem;
  choice: ArticleImportChoice | undefined;
  onChange: (change: (choice: ArticleImportChoice) => ArticleImportChoice) => void;
};

// One previewed article: the original next to the cleaned text, every removed
// block with its reason and a keep toggle, and editable metadata. The source
// is shown as text only, never rendered as HTML.
export function ArticlePreviewCard({ item, choice, onChange }: Props) {
  const id = useId();
  const keptOf = (block: ImportBlockDTO) => choice?.blocks?.[String(block.index)] ?? block.kept;
  const label = item.leadingLabel;
  const stripLabel = choice?.stripLeadingLabel ?? label?.removed ?? false;
  // The preview's blocks hold the label unless it was already cut server-side.
  const shown = (block: ImportBlockDTO) =>
    label && stripLabel && !label.removed && block.index === label.blockIndex && block.text.startsWith(label.text) ? block.text.slice(label.text.length) : block.text;
  const cleaned = item.blocks.filter(keptOf).map(shown).filter((t) => t !== "").join("\n\n");
  const metadata: ImportMetadataDTO = { ...item.metadata, ...choice?.metadata };
  const included = choice?.include !== false && !item.duplicateOf;
  const removed = item.blocks.filter((b) => !b.kept);
  const kept = item.blocks.filter((b) => b.kept);
  const toggle = (block: ImportBlockDTO, keep: boolean) => onChange((c) => ({ ...c, blocks: { ...c.blocks, [String(block.index)]: keep } }));

  return (
    <Card data-testid="article-preview" aria-labelledby={`${id}-title`}>
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle as="h3" id={`${id}-title`} className="text-base">{metadata.title}</CardTitle>
          <Badge variant="outline">{item.fileName}{item.line !== null ? `, line ${item.line}` : ""}</Badge>
          {item.duplicateOf ? (
            <Badge variant="warning" data-testid="duplicate-badge">
              Duplicate of {"articleId" in item.duplicateOf ? `“${item.duplicateOf.title}”` : "an earlier item"}: not imported
            </Badge>
          ) : null}
        </div>
        {!item.duplicateOf ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={included} onChange={(e) => onChange((c) => ({ ...c, include: e.target.checked }))} />
            Import this article
          </label>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-5">
        <MetadataFields value={metadata} onChange={(patch) => onChange((c) => ({ ...c, metadata: { ...c.metadata, ...patch } }))} />
        {label ? (
          <section aria-label="Field label" data-testid="leading-label" className="space-y-1 rounded-md border bg-muted/40 p-3 text-sm">
            <p>
              The text starts with a field label from the source page, <q className="font-mono">{label.text.trim()}</q>: {label.field} {label.publishedAt}
              {label.place ? `, place ${label.place}` : ""}. The date is used as the publication date above.
            </p>
            <label className="flex items-center gap-2">
              <input type="checkbox" className="size-4 accent-primary" checked={stripLabel} onChange={(e) => onChange((c) => ({ ...c, stripLeadingLabel: e.target.checked }))} />
              Remove the label from the text
            </label>
          </section>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-label="Original" className="min-w-0 space-y-1">
            <h4 className="text-sm font-medium">Original ({item.importer === "html" || (item.importer === "jsonl" && item.original.trimStart().startsWith("<")) ? "HTML source, shown as text" : "as given"})</h4>
            <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md border bg-muted/40 p-3 text-xs">{item.original}</pre>
          </section>
          <section aria-label="Cleaned text" className="min-w-0 space-y-1">
            <h4 className="text-sm font-medium">Cleaned text (what will be saved)</h4>
            <pre data-testid="cleaned-text" className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md border p-3 font-sans text-sm">{cleaned || "Nothing left: every block is dropped."}</pre>
          </section>
        </div>
        <section aria-label="Removed blocks" className="space-y-2">
          <h4 className="text-sm font-medium">Removed ({removed.length})</h4>
          {removed.length === 0 ? <p className="text-sm text-muted-foreground">Nothing was removed.</p> : null}
          <ul className="space-y-2" data-testid="removed-blocks">
            {removed.map((block) => <ImportBlockRow key={block.index} block={block} kept={keptOf(block)} onToggle={(keep) => toggle(block, keep)} />)}
          </ul>
        </section>
        <details className="space-y-2">
          <summary className="cursor-pointer text-sm font-medium">Kept blocks ({kept.length}): drop any that do not belong</summary>
          <ul className="mt-2 space-y-2">
            {kept.map((block) => <ImportBlockRow key={block.index} block={block} kept={keptOf(block)} onToggle={(keep) => toggle(block, keep)} />)}
          </ul>
        </details>
      </CardContent>
    </Card>
  );
}
