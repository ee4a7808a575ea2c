import { expect, test } from "@playwright/test";
import { codePointToUtf16Offset } from "@/lib/article-content/code-point-to-utf16-offset";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { signIn } from "./support/sign-in";

type ApiArticle = { id: string; title: string; text: string };

test("every demo article shows exactly its canonical text; offsets 0..length round-trip through the editor", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: ApiArticle[] };
  expect(list.articles).toHaveLength(5);

  for (const { id } of list.articles) {
    const { article } = (await (await page.request.get(`/api/projects/demo/articles/${id}`)).json()) as { article: ApiArticle };
    const text = article.text;
    const codePoints = [...text];
    // Editor positions of every code-point offset 0..length, computed the way
    // the app converts at the editor boundary.
    const positions = Array.from({ length: codePoints.length + 1 }, (_, cp) =>
      textOffsetToDocPos(text, codePointToUtf16Offset(text, cp)),
    );

    // Code points that belong to a "\n\n" block separator (cut left to right,
    // as textToDoc does): they have no position inside a block, so they are
    // checked by the whole-text and prefix comparisons instead.
    const separator = new Array<boolean>(codePoints.length).fill(false);
    for (let cp = 0; cp + 1 < codePoints.length; cp++) {
      if (codePoints[cp] === "\n" && codePoints[cp + 1] === "\n") {
        separator[cp] = separator[cp + 1] = true;
        cp++;
      }
    }

    await page.goto(`/projects/demo/articles/${id}`);
    await expect(page.locator(".ProseMirror")).toBeVisible();
    await expect(page.getByTestId("code-point-count")).toHaveText(codePoints.length.toLocaleString("en"));

    const result = await page.evaluate(
      ({ positions, codePoints, separator }) => {
        type PMNode = { content: { size: number }; textBetween: (a: number, b: number, block?: string, leaf?: string) => string };
        const dom = document.querySelector(".ProseMirror") as (Element & { editor?: { state: { doc: PMNode } } }) | null;
        const doc = dom?.editor?.state.doc;
        if (!doc) return { error: "no editor" };
        const whole = doc.textBetween(0, doc.content.size, "\n\n", "\n");
        const mismatches: Array<{ cp: number; expected: string; got: string }> = [];
        for (let cp = 0; cp < codePoints.length; cp++) {
          if (separator[cp]) continue;
          const ch = codePoints[cp]!;
          const got = doc.textBetween(positions[cp]!, positions[cp + 1]!, "\n\n", "\n");
          if (got !== ch) mismatches.push({ cp, expected: ch, got });
        }
        // Prefix check at every paragraph start: the text before a position is
        // exactly the canonical text before the offset.
        const prefixMismatches: number[] = [];
        for (let cp = 0; cp <= codePoints.length; cp++) {
          if (cp !== 0 && codePoints[cp - 1] !== "\n") continue;
          const expected = codePoints.slice(0, cp).join("");
          const got = doc.textBetween(0, positions[cp]!, "\n\n", "\n");
          if (got !== expected && !(expected.endsWith("\n") && got === expected.slice(0, -1))) prefixMismatches.push(cp);
        }
        return { whole, mismatches: mismatches.slice(0, 5), mismatchCount: mismatches.length, prefixMismatches: prefixMismatches.slice(0, 5) };
      },
      { positions, codePoints, separator },
    );
    expect(result).not.toHaveProperty("error");
    expect(result.whole, `text of ${article.title}`).toBe(text);
    expect(result.mismatchCount, JSON.stringify(result.mismatches)).toBe(0);
    expect(result.prefixMismatches).toEqual([]);
  }
});
