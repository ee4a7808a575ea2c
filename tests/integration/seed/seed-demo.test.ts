import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/seed-demo";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { docToText } from "@/lib/article-content/doc-to-text";
import { contentHash } from "@/lib/import/content-hash";
import type { DocJSON } from "@/lib/article-content/types";
import { verifyPassword } from "@/lib/auth/password";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { demoAccounts, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { freshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";

describe("demo seed (fresh real Postgres)", () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(async () => {
    await fresh.close();
  });

  it("creates the demo project once, with one account per role and the five cleaned articles", async () => {
    const corpus = loadDemoCorpus();
    expect(corpus.map((c) => c.fileName)).toEqual(["article-000.txt", "article-001.txt", "article-002.txt", "article-003.txt", "article-004.txt"]);
    expect(await seedDemo(fresh.client, corpus)).toBe(true);
    expect(await seedDemo(fresh.client, corpus)).toBe(false);

    const project = await fresh.client.project.findUniqueOrThrow({ where: { slug: "demo" }, include: { memberships: { include: { user: true } } } });
    expect(project.memberships.map((m) => [m.user.email, m.role]).sort()).toEqual(demoAccounts.map((a) => [a.email, a.role]).sort());

    const articles = await fresh.client.article.findMany({ where: { projectId: project.id }, include: { revisions: true }, orderBy: { createdAt: "asc" } });
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      // The editor document shows exactly the canonical text.
      expect(docToText(article.content as DocJSON)).toBe(article.text);
      expect(article.contentHash).toBe(contentHash(article.text));
      expect(article.revisions).toHaveLength(1);
      expect(article.revisions[0]?.text).toBe(article.text);
      for (const chrome of ["spot_img", "Buy now", "LEAVE A REPLY", "Share this Post", "STORY CONTINUES BELOW THIS AD", "Source link", "Leave a Reply"]) {
        expect(article.text, `${article.title} still contains "${chrome}"`).not.toContain(chrome);
      }
      expect(article.text).toBe(article.text.trim());
    }
    // Exact text kept: every paragraph is a verbatim piece of its source file.
    for (const article of articles) {
      const source = corpus.find((c) => (article.source as { fileName: string }).fileName === c.fileName)!.content.replace(/\r\n?/g, "\n");
      for (const paragraph of article.text.split("\n\n")) expect(source).toContain(paragraph);
    }
    expect(articles.find((a) => a.outlet === "Firstpost")).toBeDefined();
  });

  it("places every demo annotation exactly on its quote, in code points", async () => {
    const annotations = await fresh.client.annotation.findMany({ include: { article: true, clusterMember: true } });
    expect(annotations.length).toBeGreaterThanOrEqual(15);
    for (const a of annotations) {
      expect(sliceCodePoints(a.article.text, a.start, a.end)).toBe(a.exact);
      expect(describeQuote(a.article.text, a.start, a.end)).toEqual({ type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix });
    }
    const contradicting = annotations.filter((a) => a.clusterMember?.relation === "CONTRADICTS");
    expect(contradicting.map((a) => a.exact)).toEqual([expect.stringContaining("just weeks prior")]);
    expect(new Set(annotations.map((a) => a.authorId)).size).toBe(2);
  });

  it("clusters the facts most outlets report, with a contradiction and a verdict, so the coverage matrix tells the story", async () => {
    const clusters = await fresh.client.claimCluster.findMany({
      include: { status: true, members: { include: { annotation: { select: { articleId: true, kind: true, exact: true } } } } },
    });
    expect(clusters.length).toBeGreaterThanOrEqual(8);
    const articlesOf = (title: string) => new Set(clusters.find((c) => c.title.startsWith(title))!.members.map((m) => m.annotation.articleId)).size;
    // Reported by all five outlets: marked in every article but article-000,
    // the agreement example, whose coded claims stay as the annotators left them.
    expect(articlesOf("Zaheer and Sandhu appeared together")).toBe(4);
    expect(articlesOf("The PMML is widely seen")).toBe(4);
    expect(articlesOf("Zaheer visited PoK")).toBe(4);
    expect(articlesOf("Zaheer was chief guest")).toBe(5);
    expect(clusters.filter((c) => new Set(c.members.map((m) => m.annotation.articleId)).size >= 3).length).toBeGreaterThanOrEqual(6);
    for (const c of clusters) for (const m of c.members) expect(m.annotation.kind).toBe("CLAIM");
    // One claim per article per cluster: a matrix cell holds one member.
    for (const c of clusters) expect(new Set(c.members.map((m) => m.annotation.articleId)).size, c.title).toBe(c.members.length);
    const withVerdict = clusters.filter((c) => c.statusId !== null);
    expect(withVerdict.map((c) => [c.title, c.status?.key])).toEqual([["Zaheer visited PoK in February 2025, shortly before the Pahalgam attack", "mixed"]]);
    expect(withVerdict[0]!.verdictExplanation).toContain("22 April 2025");
    expect(withVerdict[0]!.members.some((m) => m.relation === "CONTRADICTS")).toBe(true);
    expect(new Set(clusters.flatMap((c) => c.members.map((m) => m.relation)))).toEqual(new Set(["SAME", "CORROBORATES", "ATTRIBUTES", "CONTRADICTS"]));
  });

  it("lets every demo account sign in with the documented password", async () => {
    for (const account of demoAccounts) {
      const user = await fresh.client.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash!)).toBe(true);
    }
  });
});
