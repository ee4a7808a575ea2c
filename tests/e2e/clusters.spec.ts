import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { seriousAxeViolations } from "./support/serious-axe-violations";
import { expectAllSaved, isCreate, openArticle, panel } from "./support/editor-page";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";

// Clusters across articles (issue 11): the coverage matrix, the cluster page
// and linking claims from the editor. The demo seed clusters three facts
// (one with a contradiction: "days before" against "weeks prior").

const shots = "test-results/clusters";

async function focusedCell(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const cell = el?.closest("[data-pos]") as HTMLElement | null;
    return {
      pos: cell?.dataset.pos ?? null,
      articleId: cell?.dataset.articleId ?? null,
      annotationId: cell?.dataset.annotationId ?? null,
      factId: (cell?.closest("tr") as HTMLElement | null)?.dataset.factId ?? null,
      label: cell?.getAttribute("aria-label") ?? el?.textContent ?? "",
    };
  });
}

test.describe("coverage matrix", () => {
  test("shows facts by outlet, filters, and is walked by keyboard to open a member in its article", async ({ page }) => {
    await signIn(page, "reviewer@example.com");
    await page.goto("/projects/demo");
    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Clusters" }).click();
    await expect(page).toHaveURL(/\/projects\/demo\/coverage$/);
    const grid = page.getByRole("grid", { name: "Coverage: facts by outlet" });
    await expect(grid).toBeVisible();
    await expect(grid.getByRole("rowheader", { name: /Zaheer visited PoK/ })).toBeVisible();
    await expect(grid.locator("tr", { has: page.getByRole("link", { name: /Zaheer visited PoK/ }) }).getByText("Conflict")).toBeVisible();
    await page.screenshot({ path: `${shots}/coverage-matrix.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `${shots}/coverage-matrix-dark.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });

    // Conflicts only: the PoK visit (one outlet says "weeks prior") stays, the press-club fact goes.
    await page.getByLabel("Conflicts only").check();
    await expect(grid.getByRole("rowheader", { name: /Zaheer visited PoK/ })).toBeVisible();
    await expect(grid.getByRole("rowheader", { name: /Karachi Press Club/ })).toHaveCount(0);
    await page.getByLabel("Conflicts only").uncheck();
    await page.getByLabel("Words").fill("press club");
    await expect(grid.getByRole("rowheader")).toHaveCount(1);
    await page.getByLabel("Words").fill("");

    // One tab stop: the first row header; arrows move between cells.
    await grid.getByRole("rowheader").first().getByRole("link").focus();
    expect((await focusedCell(page)).pos).toBe("0:0");
    await page.keyboard.press("ArrowRight");
    expect((await focusedCell(page)).pos).toBe("0:1");
    await page.keyboard.press("ArrowDown");
    const below = await focusedCell(page);
    expect(below.pos).toBe("1:1");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    // The last article's column: one per article in the project, whose
    // number other specs change (imports) in the shared demo database.
    const articleColumns = (await grid.locator("thead th[scope=col]").count()) - 1;
    expect(articleColumns).toBeGreaterThanOrEqual(2);
    expect((await focusedCell(page)).pos).toBe(`0:${articleColumns}`);
    await page.keyboard.press("Home");
    expect((await focusedCell(page)).pos).toBe("0:0");

    // Walk right along the first row to a cell with a member and open it.
    let cell = await focusedCell(page);
    for (let i = 0; i < 8 && !cell.annotationId; i++) {
      await page.keyboard.press("ArrowRight");
      cell = await focusedCell(page);
    }
    expect(cell.annotationId).toBeTruthy();
    expect(cell.label).toMatch(/states it|corroborates|attributes|contradicts/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/projects/demo/articles/${cell.articleId}\\?annotation=${cell.annotationId}$`));
    await expect(page.locator(`[data-annotation-panel][data-annotation-id="${cell.annotationId}"]`)).toBeVisible();
    // The claim panel shows the claim's cluster.
    await expect(page.getByTestId("claim-cluster")).toHaveAttribute("aria-busy", "false");
    await expect(page.getByTestId("claim-cluster").getByRole("link").first()).toBeVisible();
    await page.getByTestId("claim-cluster").scrollIntoViewIfNeeded();
    await panel(page).screenshot({ path: `${shots}/claim-panel-cluster.png` });
  });
});

test.describe("cluster page", () => {
  test("compares the outlets' wording and flags the demo contradiction", async ({ page }) => {
    await signIn(page, "reviewer@example.com");
    await page.goto("/projects/demo/clusters");
    await page.getByRole("link", { name: /Zaheer visited PoK/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Zaheer visited PoK");
    const members = page.getByTestId("cluster-members").locator("article");
    await expect(members.filter({ hasText: "days before" }).first()).toBeVisible();
    await expect(members.filter({ hasText: "weeks prior" })).toHaveAttribute("data-stance", "CONTRADICTS");
    await expect(page.getByTestId("cluster-differences")).toContainText("weeks prior");
    await expect(page.getByTestId("cluster-differences")).toContainText("days before");
    // Words that differ between outlets are tinted in each member.
    await expect(members.filter({ hasText: "weeks prior" }).locator("[data-differs], [data-conflict]").filter({ hasText: "weeks" }).first()).toBeVisible();
    await page.screenshot({ path: `${shots}/cluster-page.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

// Fresh articles for this test (the demo's recurring facts are all clustered
// by the seed): three outlets report one bridge opening, one with another date.
const tag = `t${Date.now().toString(36)}`;
const ownQuote = "The new Riverton bridge opened to traffic on 3 March 2026 after two years of construction";
const passageWords = "the Riverton bridge opened to traffic on 3 March 2026";
const existingQuote = "Riverton's bridge was opened to traffic on 5 March 2026 following two years of construction";
const story = (title: string, lead: string) =>
  `${title}\n\n${lead} The project cost 40 million euros and replaces a ferry.\n\nShop owners on both banks expect more visitors this spring, and the council plans a festival.`;
const files = [
  { name: `herald-${tag}.txt`, content: story(`Riverton Herald ${tag}: bridge opens`, `${ownQuote}, the mayor said.`) },
  { name: `times-${tag}.txt`, content: story(`Valley Times ${tag}: Riverton bridge open`, `${existingQuote}, according to the mayor.`) },
  { name: `courier-${tag}.txt`, content: story(`Daily Courier ${tag}: crossing finished`, `After two years of construction, ${passageWords}, the mayor announced.`) },
];

test.describe("linking claims across articles", () => {
  test("an annotator links a passage and a colleague's claim from L, sets a stance; the cluster shows the difference, gets a verdict, and appears live elsewhere", async ({
    page,
    browser,
  }) => {
    // Three fresh articles (imported by a reviewer) and a colleague's existing claim in one of them.
    await signIn(page, "reviewer@example.com");
    const imported = await page.request.post("/api/projects/demo/imports/articles/commit", { data: { files } });
    expect(imported.status()).toBe(201);
    await page.context().clearCookies();
    await signIn(page, "annotator2@example.com");
    const times = await openArticle(page, `Valley Times ${tag}`);
    const { article: full } = (await (await page.request.get(`/api/projects/demo/articles/${times.id}`)).json()) as { article: { revision: number } };
    const at = times.text.indexOf(existingQuote);
    expect(at).toBeGreaterThanOrEqual(0);
    // Offsets are code points.
    const start = [...times.text.slice(0, at)].length;
    const made = await page.request.post(`/api/projects/demo/articles/${times.id}/annotations`, {
      data: { kind: "CLAIM", revision: full.revision, start, end: start + [...existingQuote].length, exact: existingQuote },
    });
    expect(made.status()).toBe(201);
    const existing = ((await made.json()) as { annotation: AnnotationDTO }).annotation;
    await page.context().clearCookies();

    // A second person watches the coverage matrix.
    const watcherContext = await browser.newContext();
    const watcher = await watcherContext.newPage();
    await signIn(watcher, "reviewer@example.com");
    await watcher.goto("/projects/demo/coverage");
    await expect(watcher.getByRole("grid")).toBeVisible();

    // The annotator marks the claim in one article and presses L.
    await signIn(page, "annotator@example.com");
    const source = await openArticle(page, `Riverton Herald ${tag}`);
    await selectQuote(page, ownQuote);
    const created = page.waitForResponse(isCreate);
    await page.keyboard.press("c");
    const claim = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
    expect(claim.exact).toBe(ownQuote);
    await expectAllSaved(page);
    await expect(panel(page)).toHaveAttribute("data-annotation-id", claim.id);
    await page.locator(".ProseMirror").focus();
    await page.keyboard.press("l");

    const dialog = page.getByRole("dialog", { name: "Link to cluster" });
    await expect(dialog).toBeVisible();
    const candidates = dialog.locator("[data-candidate]");
    await expect(candidates.first()).toBeVisible();
    await page.screenshot({ path: `${shots}/link-dialog.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Accept the unmarked passage: keyboard down to it, Enter.
    const passage = candidates.filter({ hasText: passageWords });
    await expect(passage).toHaveCount(1);
    await expect(passage).toContainText("Unmarked passage");
    await expect(passage.getByRole("list", { name: "Why it was suggested" })).toContainText(/Shared words|Same name|Same date/);
    const passageIndex = await candidates.evaluateAll((els, words) => els.findIndex((el) => el.textContent?.includes(words)), passageWords);
    await candidates.first().getByRole("button", { name: "Link" }).focus();
    for (let i = 0; i < passageIndex; i++) await page.keyboard.press("j");
    await expect(passage).toHaveAttribute("data-active", "");
    const addedPassage = page.waitForResponse((r) => r.request().method() === "POST" && /\/clusters\/[^/]+\/members$/.test(new URL(r.url()).pathname));
    await page.keyboard.press("Enter");
    expect((await addedPassage).status()).toBe(201);
    await expect(passage).toHaveCount(0);
    await expect(dialog.getByTestId("link-dialog-cluster")).toContainText("In cluster");
    await expect(dialog.getByTestId("link-dialog-cluster")).toContainText("2 members");

    // Then the colleague's existing claim.
    const existingCandidate = candidates.filter({ hasText: existingQuote });
    await expect(existingCandidate).toHaveCount(1);
    await existingCandidate.getByRole("button", { name: "Link" }).click();
    await expect(dialog.getByTestId("link-dialog-cluster")).toContainText("3 members");
    const clusterHref = await dialog.getByTestId("link-dialog-cluster").getByRole("link").getAttribute("href");
    const clusterId = clusterHref?.split("/").pop() ?? "";
    expect(clusterId).not.toBe("");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // The other browser sees the new fact appear in the matrix, unasked.
    await expect(watcher.locator(`tr[data-fact-id="${clusterId}"]`)).toBeVisible();
    await expect(watcher.locator(`tr[data-fact-id="${clusterId}"] [data-annotation-id]`)).toHaveCount(3);

    // The panel lists the members by outlet; the Firstpost claim contradicts.
    const section = page.getByTestId("claim-cluster");
    await expect(section.locator("[data-member-annotation]")).toHaveCount(3);
    const stanceSaved = page.waitForResponse((r) => r.request().method() === "PATCH" && /\/members\/[^/]+$/.test(new URL(r.url()).pathname));
    await section.locator(`[data-member-annotation="${existing.id}"]`).getByRole("combobox").selectOption("CONTRADICTS");
    expect((await stanceSaved).ok()).toBe(true);

    // The cluster page: three outlets side by side, the date difference flagged in both wordings.
    await section.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/projects/demo/clusters/${clusterId}$`));
    const members = page.getByTestId("cluster-members").locator("article");
    await expect(members).toHaveCount(3);
    await expect(members.filter({ hasText: "5 March 2026" })).toHaveAttribute("data-stance", "CONTRADICTS");
    const differences = page.getByTestId("cluster-differences");
    await expect(differences).toContainText("5 March");
    await expect(differences).toContainText("3 March");
    await expect(members.filter({ hasText: "5 March 2026" }).locator("mark[data-conflict]").filter({ hasText: "5 March" })).toBeVisible();
    await expect(members.filter({ hasText: passageWords }).locator("mark[data-conflict]").filter({ hasText: "3 March" })).toBeVisible();
    await page.screenshot({ path: `${shots}/new-cluster.png`, fullPage: true });

    // The reviewer decides the verdict and applies it to the members.
    await watcher.goto(`/projects/demo/clusters/${clusterId}`);
    await watcher.getByRole("combobox", { name: "Verdict" }).selectOption({ label: "Mostly true" });
    await watcher.getByLabel("Public explanation").fill("The bridge opened on 3 March 2026; the Valley Times date is wrong.");
    await watcher.getByRole("button", { name: "Save verdict" }).click();
    await expect(watcher.getByTestId("cluster-verdict")).toHaveText("Mostly true");
    await watcher.getByRole("button", { name: "Apply verdict to members" }).click();
    const confirm = watcher.getByRole("dialog", { name: /Apply “Mostly true” to every member/ });
    await confirm.getByRole("button", { name: /Apply to 3 members/ }).click();
    await expect(watcher.getByTestId("verdict-applied")).toBeVisible();
    // The annotator's page follows: the verdict arrives live.
    await expect(page.getByTestId("cluster-verdict")).toHaveText("Mostly true");
    // Applied to the agreeing members, not the contradicting one.
    const ownNow = ((await (await page.request.get(`/api/projects/demo/articles/${source.id}/annotations`)).json()) as { annotations: AnnotationDTO[] }).annotations.find(
      (a) => a.id === claim.id,
    );
    const mostlyTrue = ((await (await page.request.get("/api/projects/demo/labels")).json()) as { labels: Array<{ id: string; name: string }> }).labels.find((l) => l.name === "Mostly true");
    expect(ownNow?.statusId).toBe(mostlyTrue?.id);
    await watcherContext.close();
  });
});

// Selects `quote` in the editor's text as a person's selection would be,
// through the DOM selection ProseMirror follows (a drag near the top of a
// short article lands on the sticky toolbar's shadow).
async function selectQuote(page: Page, quote: string) {
  await page.locator(".ProseMirror").focus();
  const found = await page.evaluate((q) => {
    const root = document.querySelector(".ProseMirror")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(q);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + q.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, quote);
  expect(found).toBe(true);
  await expect(page.getByRole("toolbar", { name: "Annotate the selected text" })).toBeVisible();
}
