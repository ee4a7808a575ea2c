import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// A long article (500 paragraphs, one "Porto" mention each), made through the
// annotation import with Claimdesk ids so the spec knows the article's id.
const PARAGRAPHS = 500;
const id = () => `c${Array.from({ length: 24 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("")}`;

function longArticle(articleId: string) {
  const review = { state: "PENDING", gold: false, reviews: 0, last_decision: null, last_decided_at: null };
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) =>
    `Paragraph ${i + 1}: flood barriers held in Porto overnight while engineers in the harbour district checked every pump twice, officials said (${articleId}).`);
  const spans: unknown[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    const start = at + paragraph.indexOf("Porto");
    spans.push({ id: id(), start, end: start + 5, text: "Porto", kind: "entity_mention", labels: ["location"], entity_id: null, annotator: { id: "elsewhere", name: "" }, review });
    at += paragraph.length + 2;
  }
  const record = { id: articleId, title: `Highlight window ${articleId}`, outlet: "", url: null, author: null, published_at: null, language: "en", revision: 1, text: paragraphs.join("\n\n"), spans, claims: [], entities: [] };
  return `${JSON.stringify(record)}\n`;
}

// Paragraph numbers whose mention has a range in the CSS highlight registry now.
function paintedParagraphs(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const ranges = new Set<AbstractRange>();
    CSS.highlights.forEach((highlight) => highlight.forEach((range) => ranges.add(range)));
    return [...ranges]
      .map((range) => /^Paragraph (\d+):/.exec(range.startContainer.parentElement?.closest("p")?.textContent ?? "")?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  });
}

test("on a long article only the mentions near the screen are drawn, and the drawn ones follow the scroll", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const articleId = id();
  const imported = await page.request.post("/api/projects/demo/imports/annotations/commit", {
    data: { files: [{ name: "long.jsonl", content: longArticle(articleId) }], createArticles: true },
  });
  expect(imported.status(), await imported.text()).toBe(201);

  await page.goto(`/projects/demo/articles/${articleId}`);
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByTestId("annotation-list-box")).toHaveAttribute("aria-busy", "false");
  // Every mention is in the list, drawn or not.
  await expect(page.getByTestId("annotation-count")).toHaveText(String(PARAGRAPHS));

  await expect.poll(() => paintedParagraphs(page)).toContain(1);
  const atTop = await paintedParagraphs(page);
  expect(atTop.length).toBeLessThan(PARAGRAPHS / 2);
  expect(atTop).not.toContain(PARAGRAPHS);

  await page.locator(".ProseMirror p").last().scrollIntoViewIfNeeded();
  await expect.poll(() => paintedParagraphs(page)).toContain(PARAGRAPHS);
  const atBottom = await paintedParagraphs(page);
  expect(atBottom).not.toContain(1);
  expect(atBottom.length).toBeLessThan(PARAGRAPHS / 2);

  // Back at the top, the first mentions are drawn again.
  await page.locator(".ProseMirror p").first().scrollIntoViewIfNeeded();
  await expect.poll(() => paintedParagraphs(page)).toContain(1);
});
