import { expect, test } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { dragSelect, expectAllSaved, isCreate, isPatch, openArticle, panel, serverAnnotations } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

type Label = { id: string; kind: string; key: string };

test("a stale save shows the stored version and the person's change; 'Apply my change on top' keeps both, 'Keep theirs' drops mine", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "annotator@example.com");
  // The colleague's change must meet the stale save, not arrive live first
  // (live updates would rebase the edit onto it: tests/e2e/live-updates.spec.ts).
  await page.route("**/events*", (route) => route.abort());
  const quote = "Washington has reportedly signalled expectations";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [quote] });
  const { labels } = (await (await page.request.get("/api/projects/demo/labels")).json()) as { labels: Label[] };
  const falseStatus = labels.find((l) => l.kind === "VERIFICATION_STATUS" && l.key === "false")!;

  await dragSelect(page, quote, 1);
  const created = page.waitForResponse(isCreate);
  await page.keyboard.press("c");
  const claim = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  await expectAllSaved(page);

  // A colleague (same account, another tab) changes the status meanwhile.
  const theirs = await page.request.patch(`/api/projects/demo/annotations/${claim.id}`, { data: { version: claim.version, statusId: falseStatus.id } });
  expect(theirs.ok()).toBe(true);

  const refused = page.waitForResponse((r) => isPatch(r) && r.status() === 409);
  await panel(page).getByLabel("Note", { exact: true }).fill("Mine: check the embassy statement.");
  await refused;
  const notice = page.getByTestId("conflict-notice");
  await expect(notice).toContainText("Changed by someone else");
  await expect(notice).toContainText("yours: “Mine: check the embassy statement.”");
  // Their status is shown; my note is still there, not saved.
  await expect(panel(page).getByLabel("Verification status")).toContainText("False");
  await expect(panel(page).getByLabel("Note", { exact: true })).toHaveValue("Mine: check the embassy statement.");
  await expect(page.getByTestId("save-summary")).toContainText("not saved");

  await notice.getByRole("button", { name: "Apply my change on top" }).click();
  await expectAllSaved(page);
  await expect(notice).toHaveCount(0);
  let stored = (await serverAnnotations(page, article.id)).find((a) => a.id === claim.id)!;
  expect(stored).toMatchObject({ statusId: falseStatus.id, note: "Mine: check the embassy statement.", version: claim.version + 2 });

  // Again, and this time keep theirs.
  const again = await page.request.patch(`/api/projects/demo/annotations/${claim.id}`, { data: { version: stored.version, note: "Theirs." } });
  expect(again.ok()).toBe(true);
  await panel(page).getByLabel("Note", { exact: true }).fill("Mine again.");
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Keep theirs" }).click();
  await expect(panel(page).getByLabel("Note", { exact: true })).toHaveValue("Theirs.");
  await expectAllSaved(page);
  stored = (await serverAnnotations(page, article.id)).find((a) => a.id === claim.id)!;
  expect(stored.note).toBe("Theirs.");
});
