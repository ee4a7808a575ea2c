import { describe, expect, it } from "vitest";
import { contentHash } from "@/lib/import/content-hash";
import { matchImportArticle } from "@/lib/server/annotation-import/match-import-article";
import type { ContextArticle } from "@/lib/server/annotation-import/load-import-context";

const article = (id: string, text: string, extra: Partial<ContextArticle> = {}): ContextArticle => ({
  id, title: `Title ${id}`, url: null, contentHash: contentHash(text), revision: 1, originalId: null, ...extra,
});
const articles = [
  article("a1", "First text."),
  article("a2", "Second text.", { url: "https://example.org/2", originalId: "orig-2" }),
];

describe("matchImportArticle", () => {
  it("matches by id, by the original id an earlier import recorded, by text, then by url", () => {
    expect(matchImportArticle({ id: "a1" }, articles)).toMatchObject({ article: { id: "a1" }, by: "id" });
    expect(matchImportArticle({ id: "orig-2" }, articles)).toMatchObject({ article: { id: "a2" }, by: "id" });
    expect(matchImportArticle({ text: "Second text." }, articles)).toMatchObject({ article: { id: "a2" }, by: "text" });
    expect(matchImportArticle({ url: "https://example.org/2" }, articles)).toMatchObject({ article: { id: "a2" }, by: "url" });
    expect(matchImportArticle({ id: "nope", text: "Unknown." }, articles)).toBeNull();
  });

  it("refuses a match by id or url whose text differs from the file's", () => {
    expect(matchImportArticle({ id: "a1", text: "First text, edited." }, articles)).toEqual({
      error: 'The article "Title a1" (matched by id) has different text in this project; the file\'s offsets would land on other words.',
    });
    expect(matchImportArticle({ url: "https://example.org/2", text: "Other." }, articles)).toHaveProperty("error");
  });
});
