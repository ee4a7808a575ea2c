import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { commitArticleImport } from "@/lib/server/article-import/commit-article-import";
import { commitAnnotationImport } from "@/lib/server/annotation-import/commit-annotation-import";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";
import type * as EventModule from "@/lib/server/event/record-event";
import { withProjectAccess } from "@/tests/support/with-project-access";

// The feed writer fails on its Nth call when armed. Both imports record their
// one `import.completed` event last, so failing it is a crash after every
// article, annotation and audit row of the batch was written in the transaction.
const failure = vi.hoisted(() => ({ failOnCall: 0, calls: 0 }));
vi.mock("@/lib/server/event/record-event", async (importOriginal) => {
  const original = await importOriginal<typeof EventModule>();
  return {
    recordEvent: async (...args: Parameters<typeof original.recordEvent>) => {
      failure.calls++;
      if (failure.failOnCall > 0 && failure.calls === failure.failOnCall) throw new Error("simulated crash");
      return original.recordEvent(...args);
    },
  };
});

afterEach(() => {
  failure.failOnCall = 0;
  failure.calls = 0;
});

async function rows(projectId: string) {
  return {
    articles: await db.article.count({ where: { projectId } }),
    revisions: await db.articleRevision.count({ where: { article: { projectId } } }),
    annotations: await db.annotation.count({ where: { projectId } }),
    audits: await db.auditLog.count({ where: { projectId } }),
    events: await db.event.count({ where: { projectId } }),
    evidence: await db.evidence.count({ where: { claim: { projectId } } }),
  };
}

const paragraph = (n: number) => `Paragraph ${n}: officials said the bridge would reopen on Friday after two weeks of repairs, according to the city council.`;

describe("imports are atomic (real Postgres)", () => {
  it("an article import that crashes after writing its articles saves none of them", async () => {
    const { project, owner } = await createTestProject();
    const before = await rows(project.id);
    failure.failOnCall = 1;
    const files = [1, 2, 3, 4].map((n) => ({ name: `a${n}.txt`, content: paragraph(n) }));
    await expect(withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files }))).rejects.toThrow("simulated crash");
    expect(await rows(project.id)).toEqual(before);
  });

  it("an annotation import that crashes after writing saves nothing, not even the articles it created", async () => {
    const { project, owner } = await createTestProject();
    const text = "Storms hit Lisbon and Porto on Monday.";
    await createTestArticle(project.id, text, owner.id);
    const before = await rows(project.id);
    const lines = [
      JSON.stringify({ text, label: [[11, 17, "location"], [22, 27, "location"]] }),
      JSON.stringify({ text: "A new text about Madrid.", label: [[17, 23, "location"]] }),
    ].join("\n");
    failure.failOnCall = 1;
    await expect(withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files: [{ name: "a.jsonl", content: lines }], createArticles: true }))).rejects.toThrow("simulated crash");
    expect(await rows(project.id)).toEqual(before);
  });
});
