import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { seriousAxeViolations } from "./support/serious-axe-violations";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { ClusterDTO, ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";

// The cluster page's own edits: its evidence (with a stale-version 409),
// deleting and restoring the cluster, and moving a candidate that is already
// in another cluster from the L dialog. Fresh articles, claims and clusters
// are made through the API for each test.

const shots = "test-results/cluster-editing";
const api = "/api/projects/demo";

const story = (title: string, lead: string) =>
  `${title}\n\n${lead} The works cost 12 million euros and took a year.\n\nResidents on the quay expect quieter mornings, and the harbour master plans an open day.`;

type Fresh = { clusterId: string; claims: AnnotationDTO[] };

// Imports one article per lead, marks the lead's quote in each as a claim,
// and puts the first claim in a new cluster.
async function freshCluster(page: Page, tag: string, quotes: readonly string[], title: string): Promise<Fresh> {
  const files = quotes.map((quote, i) => ({ name: `edit-${tag}-${i}.txt`, content: story(`Outlet ${i} ${tag}: harbour`, `${quote}, officials said.`) }));
  const imported = await page.request.post(`${api}/imports/articles/commit`, { data: { files } });
  expect(imported.status()).toBe(201);
  const { articles } = (await (await page.request.get(`${api}/articles`)).json()) as { articles: Array<{ id: string; title: string }> };
  const claims: AnnotationDTO[] = [];
  for (const [i, quote] of quotes.entries()) {
    const listed = articles.find((a) => a.title.includes(`Outlet ${i} ${tag}`));
    expect(listed).toBeTruthy();
    const { article } = (await (await page.request.get(`${api}/articles/${listed!.id}`)).json()) as { article: { id: string; text: string; revision: number } };
    const at = article.text.indexOf(quote);
    expect(at).toBeGreaterThanOrEqual(0);
    const start = [...article.text.slice(0, at)].length;
    const made = await page.request.post(`${api}/articles/${article.id}/annotations`, {
      data: { kind: "CLAIM", revision: article.revision, start, end: start + [...quote].length, exact: quote },
    });
    expect(made.status()).toBe(201);
    claims.push(((await made.json()) as { annotation: AnnotationDTO }).annotation);
  }
  const created = await page.request.post(`${api}/clusters`, { data: { title, statement: quotes[0], members: [{ annotationId: claims[0]!.id, stance: "SAME" }] } });
  expect(created.status()).toBe(201);
  return { clusterId: ((await created.json()) as { cluster: ClusterDTO }).cluster.id, claims };
}

async function readCluster(page: Page, clusterId: string): Promise<ClusterDTO> {
  const answer = await page.request.get(`${api}/clusters/${clusterId}?includeDeleted=true`);
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { cluster: ClusterDTO }).cluster;
}

test.describe("cluster evidence", () => {
  test("a reviewer adds, edits and removes evidence; a stale version keeps what was typed; only http(s) addresses are accepted", async ({ page }) => {
    const tag = `e${Date.now().toString(36)}`;
    const title = `Harbour wall ${tag}`;
    await signIn(page, "reviewer@example.com");
    const { clusterId } = await freshCluster(page, tag, ["The new harbour wall was finished on 2 May 2026"], title);

    await page.goto(`/projects/demo/clusters/${clusterId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    const evidence = page.getByRole("group", { name: "Evidence" });
    await expect(evidence).toContainText("No evidence yet.");

    // Add: an address pasted without its scheme becomes https.
    await evidence.getByRole("button", { name: "Add evidence" }).click();
    const form = evidence.getByRole("form", { name: "Add evidence" });
    await form.getByLabel("URL").fill("javascript:alert(1)");
    await form.getByLabel("Title (optional)").fill("Port authority notice");
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(form.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("URL").fill("example.org/port-notice");
    await form.getByText("Refutes").click();
    await form.getByLabel("Note (optional)").fill("Gives 9 May as the finishing date.");
    const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `${api}/clusters/${clusterId}`);
    await form.getByRole("button", { name: "Add evidence" }).click();
    expect((await saved).status()).toBe(200);
    const list = evidence.getByRole("list", { name: "Cluster evidence" });
    const notice = list.getByRole("listitem").filter({ hasText: "Port authority notice" });
    await expect(notice.getByRole("link", { name: /Port authority notice/ })).toHaveAttribute("href", "https://example.org/port-notice");
    await expect(notice).toContainText("Refutes");
    await expect(notice).toContainText("Gives 9 May");

    // A colleague saves just before this page's next save reaches the server
    // (so live updates cannot refresh the page's version in between).
    let colleagueSaved = false;
    await page.route(`**${api}/clusters/${clusterId}`, async (route) => {
      if (route.request().method() !== "PATCH" || colleagueSaved) return route.continue();
      colleagueSaved = true;
      const before = await readCluster(page, clusterId);
      const colleague = await page.request.patch(`${api}/clusters/${clusterId}`, {
        data: {
          version: before.version,
          evidence: [...before.evidence, { url: "https://example.org/council-minutes", title: "Council minutes", stance: "SUPPORTS", note: "" }],
        },
      });
      expect(colleague.ok()).toBe(true);
      await route.continue();
    });

    await evidence.getByRole("button", { name: "Add evidence" }).click();
    const second = evidence.getByRole("form", { name: "Add evidence" });
    await second.getByLabel("URL").fill("https://example.org/contractor");
    await second.getByLabel("Title (optional)").fill("Contractor statement");
    const stale = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `${api}/clusters/${clusterId}`);
    await second.getByRole("button", { name: "Add evidence" }).click();
    expect((await stale).status()).toBe(409);
    await expect(evidence.getByTestId("cluster-evidence-error")).toContainText("Someone else changed this cluster");
    await expect(evidence.getByTestId("cluster-evidence-error")).toContainText("What you typed is still in the form");
    await expect(second.getByLabel("URL")).toHaveValue("https://example.org/contractor");
    await expect(second.getByLabel("Title (optional)")).toHaveValue("Contractor statement");
    // The list was re-read: the colleague's item shows; saving again adds to it.
    await expect(list.getByRole("listitem").filter({ hasText: "Council minutes" })).toBeVisible();
    await second.getByRole("button", { name: "Add evidence" }).click();
    await expect(second).toBeHidden();
    await expect(evidence.getByTestId("cluster-evidence-error")).toBeHidden();
    await expect(list.getByRole("listitem")).toHaveCount(3);
    expect(colleagueSaved).toBe(true);
    await page.unroute(`**${api}/clusters/${clusterId}`);
    await page.screenshot({ path: `${shots}/cluster-evidence.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Edit one, remove another.
    await list.getByRole("button", { name: "Edit evidence Contractor statement" }).click();
    const edit = evidence.getByRole("form", { name: "Save evidence" });
    await edit.getByLabel("Title (optional)").fill("Contractor's statement");
    await edit.getByRole("button", { name: "Save evidence" }).click();
    await expect(edit).toBeHidden();
    await expect(list.getByRole("link", { name: /Contractor's statement/ })).toBeVisible();
    await list.getByRole("button", { name: "Remove evidence Council minutes" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(2);

    const stored = await readCluster(page, clusterId);
    expect(stored.evidence.map((e) => [e.title, e.url, e.stance])).toEqual(
      expect.arrayContaining([
        ["Port authority notice", "https://example.org/port-notice", "REFUTES"],
        ["Contractor's statement", "https://example.org/contractor", "SUPPORTS"],
      ]),
    );
    expect(stored.evidence).toHaveLength(2);
  });

  test("a viewer sees the evidence read-only", async ({ page }) => {
    await signIn(page, "viewer@example.com");
    const { clusters } = (await (await page.request.get(`${api}/clusters`)).json()) as { clusters: ClusterSummaryDTO[] };
    expect(clusters.length).toBeGreaterThan(0);
    await page.goto(`/projects/demo/clusters/${clusters[0]!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add evidence" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete cluster" })).toHaveCount(0);
  });
});

test.describe("deleting and restoring a cluster", () => {
  test("a reviewer deletes a cluster after confirming, finds it among the deleted ones, and restores it with its members", async ({ page }) => {
    const tag = `d${Date.now().toString(36)}`;
    const title = `Ferry timetable ${tag}`;
    await signIn(page, "reviewer@example.com");
    const { clusterId, claims } = await freshCluster(page, tag, ["The winter ferry timetable starts on 1 November 2026"], title);

    await page.goto(`/projects/demo/clusters/${clusterId}`);
    await page.getByRole("button", { name: "Delete cluster" }).click();
    const confirm = page.getByRole("dialog", { name: `Delete “${title}”?` });
    await expect(confirm).toContainText("Its 1 member claim stays in its article");
    // Cancel first: nothing happens.
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    expect((await readCluster(page, clusterId)).deletedAt).toBeNull();

    await page.getByRole("button", { name: "Delete cluster" }).click();
    await confirm.getByRole("button", { name: "Delete cluster" }).click();
    await expect(page).toHaveURL(/\/projects\/demo\/clusters\?deleted=true$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deleted clusters");
    const row = page.getByRole("list", { name: "Deleted clusters" }).locator(`li[data-cluster-id="${clusterId}"]`);
    await expect(row).toContainText(title);
    await expect(row).toContainText("1 member kept");
    // The claim is still there, still a member.
    const listed = (await (await page.request.get(`${api}/articles/${claims[0]!.articleId}/annotations`)).json()) as { annotations: AnnotationDTO[] };
    expect(listed.annotations.some((a) => a.id === claims[0]!.id)).toBe(true);
    // Gone from the live list.
    await page.getByRole("link", { name: "Back to the live clusters" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clusters");
    await expect(page.locator(`li[data-cluster-id="${clusterId}"]`)).toHaveCount(0);
    await page.getByRole("link", { name: "Show deleted clusters" }).click();

    await row.getByRole("button", { name: `Restore ${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/demo/clusters/${clusterId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    await expect(page.getByTestId("cluster-members").locator("article")).toHaveCount(1);
    expect((await readCluster(page, clusterId)).deletedAt).toBeNull();
  });
});

test.describe("moving a candidate from another cluster", () => {
  test("linking a claim that is in another cluster asks first, and moves it when told to", async ({ page }) => {
    const tag = `m${Date.now().toString(36)}`;
    await signIn(page, "reviewer@example.com");
    const quotes = ["The lighthouse on Gull Point was relit on 14 June 2026 after a decade dark", "The Gull Point lighthouse was relit on 14 June 2026 after ten years dark"];
    const { clusterId, claims } = await freshCluster(page, tag, quotes, `Lighthouse relit ${tag}`);
    const [own, other] = claims as [AnnotationDTO, AnnotationDTO];
    // The other claim is in a cluster of its own.
    const elsewhere = await page.request.post(`${api}/clusters`, { data: { title: `Other lighthouse ${tag}`, members: [{ annotationId: other.id, stance: "SAME" }] } });
    expect(elsewhere.status()).toBe(201);
    const otherClusterId = ((await elsewhere.json()) as { cluster: ClusterDTO }).cluster.id;

    await page.goto(`/projects/demo/articles/${own.articleId}?annotation=${own.id}`);
    const claimPanel = page.locator(`[data-annotation-panel][data-annotation-id="${own.id}"]`);
    await expect(claimPanel).toBeVisible();
    // The panel's "Link…" (L) opens the dialog.
    await claimPanel.getByRole("button", { name: "Link…" }).click();
    const dialog = page.getByRole("dialog", { name: "Link to cluster" });
    await expect(dialog).toBeVisible();
    const candidate = dialog.locator("[data-candidate]").filter({ hasText: "ten years dark" });
    await expect(candidate).toHaveCount(1);

    // First answer: a question, not an error. Cancel leaves everything as it was.
    await candidate.getByRole("button", { name: "Link" }).click();
    const prompt = dialog.getByTestId("move-candidate-prompt");
    await expect(prompt).toContainText("already in another cluster");
    await page.screenshot({ path: `${shots}/move-prompt.png` });
    await prompt.getByRole("button", { name: "Cancel" }).click();
    await expect(prompt).toBeHidden();
    await expect(candidate).toHaveCount(1);
    expect((await readCluster(page, otherClusterId)).members.map((m) => m.annotationId)).toEqual([other.id]);

    // Then move it.
    await candidate.getByRole("button", { name: "Link" }).click();
    await expect(prompt.getByRole("button", { name: "Move it into this cluster" })).toBeEnabled();
    const moved = page.waitForResponse(
      (r) =>
        r.request().method() === "POST" &&
        new URL(r.url()).pathname === `${api}/clusters/${clusterId}/members` &&
        (r.request().postDataJSON() as { move?: boolean }).move === true,
    );
    await prompt.getByRole("button", { name: "Move it into this cluster" }).click();
    const answer = await moved;
    expect(answer.status()).toBe(201);
    expect(answer.request().postDataJSON()).toMatchObject({ annotationId: other.id, move: true });
    await expect(prompt).toBeHidden();
    await expect(dialog.getByTestId("link-dialog-cluster")).toContainText("2 members");
    expect((await readCluster(page, clusterId)).members.map((m) => m.annotationId).sort()).toEqual([own.id, other.id].sort());
    expect((await readCluster(page, otherClusterId)).members).toEqual([]);
  });
});
