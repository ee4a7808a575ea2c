import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ArticlePreviewCard } from "@/components/import/article-preview-card";
import type { ArticlePreviewItem } from "@/lib/server/article-import/article-import-types";

const first = "date 2026-01-07 Islamabad: A video surfaced.";
const item: ArticlePreviewItem = {
  key: "0",
  fileName: "a.txt",
  line: null,
  importer: "text",
  original: first,
  text: first,
  metadata: { title: "A video surfaced.", outlet: "", url: null, author: null, publishedAt: "2026-01-07", language: "en" },
  blocks: [{ index: 0, text: first, kind: "paragraph", kept: true, rule: "content", reason: "prose" }],
  leadingLabel: { blockIndex: 0, text: "date 2026-01-07 Islamabad: ", field: "date", publishedAt: "2026-01-07", place: "Islamabad", removed: false },
  contentHash: "h",
  duplicateOf: null,
};
const cleaned = (html: string) => /data-testid="cleaned-text"[^>]*>([^<]*)</.exec(html)?.[1];

describe("ArticlePreviewCard: a leading field label (issue 13, defect 8)", () => {
  it("shows the label as metadata with an unticked checkbox, and the text unchanged", () => {
    const html = renderToStaticMarkup(<ArticlePreviewCard item={item} choice={undefined} onChange={() => undefined} />);
    expect(html).toContain('data-testid="leading-label"');
    expect(html).toContain("Remove the label from the text");
    expect(html).toContain("Islamabad");
    expect(html).not.toMatch(/type="checkbox"[^>]*checked=""[^>]*\/>\s*Remove the label/);
    expect(cleaned(html)).toBe(first);
  });

  it("once the user ticks it, the cleaned text starts after the label", () => {
    const html = renderToStaticMarkup(<ArticlePreviewCard item={item} choice={{ key: "0", stripLeadingLabel: true }} onChange={() => undefined} />);
    expect(cleaned(html)).toBe("A video surfaced.");
  });
});
