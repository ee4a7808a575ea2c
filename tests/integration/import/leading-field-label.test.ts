import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitArticleImport } from "@/lib/server/article-import/commit-article-import";
import { previewArticleImport } from "@/lib/server/article-import/preview-article-import";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";

// The head of the demo corpus's article-003, as scraped: a field label glued to the first sentence.
const SCRAPED =
  " date 2026-01-07 Islamabad: A video that has surfaced on social media shows that a meeting took place between Hamas and the Lashkar-e-Taiba (LeT) leaders in Pakistan.\n\n" +
  "Evidence of this collaboration has surfaced in a viral video circulating on social media platform X, which shows a Hamas commander attending a function in Gujranwala.";
const BODY = SCRAPED.trim().replace("date 2026-01-07 Islamabad: ", "");

describe("a leading field label in scraped text (issue 13, defect 8)", () => {
  it("the preview shows it as metadata (field, date, place) and keeps it in the text until the user agrees", async () => {
    const { project, owner } = await createTestProject();
    const preview = await withProjectAccess(owner.id, project.slug, (access) => previewArticleImport(access, { files: [{ name: "a.txt", content: SCRAPED }] }));
    const [item] = preview.items;
    expect(item?.leadingLabel).toEqual({ blockIndex: 0, text: "date 2026-01-07 Islamabad: ", field: "date", publishedAt: "2026-01-07", place: "Islamabad", removed: false });
    expect(item?.metadata.publishedAt).toBe("2026-01-07");
    expect(item?.text.startsWith("date 2026-01-07 Islamabad: A video")).toBe(true);
  });

  it("with the user's agreement (per item, or for the whole request) it is removed from the saved text", async () => {
    const { project, owner } = await createTestProject();
    const files = [{ name: "a.txt", content: SCRAPED }];
    const agreed = await withProjectAccess(owner.id, project.slug, (access) => previewArticleImport(access, { files, choices: [{ key: "0", stripLeadingLabel: true }] }));
    expect(agreed.items[0]?.text).toBe(BODY);
    expect(agreed.items[0]?.leadingLabel?.removed).toBe(true);
    const all = await withProjectAccess(owner.id, project.slug, (access) => previewArticleImport(access, { files, stripLeadingLabels: true }));
    expect(all.items[0]?.text).toBe(BODY);
    const result = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files, choices: [{ key: "0", stripLeadingLabel: true }] }));
    const saved = await db.article.findUniqueOrThrow({ where: { id: result.created[0]!.articleId }, select: { text: true, publishedAt: true } });
    expect(saved.text).toBe(BODY);
    expect(saved.publishedAt?.toISOString().slice(0, 10)).toBe("2026-01-07");
  });

  it("refuses a non-boolean choice with a 400 and saves nothing", async () => {
    const { project, owner } = await createTestProject();
    const before = await db.article.count({ where: { projectId: project.id } });
    await expect(withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files: [{ name: "a.txt", content: SCRAPED }], stripLeadingLabels: "yes" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(before);
  });
});
