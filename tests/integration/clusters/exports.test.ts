import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ExportFilters } from "@/lib/export/types";
import type { ExportScope } from "@/lib/server/export/export-scope";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { updateCluster } from "@/lib/server/cluster/update-cluster";
import { applyClusterVerdict } from "@/lib/server/cluster/apply-cluster-verdict";
import { parseCsv } from "@/tests/unit/export/fixtures/parse-csv";
import { readExport } from "@/tests/integration/export/support/read-export";
import { createClusterFixture } from "./support/create-cluster-fixture";

const allFilters: ExportFilters = {
  articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
  annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
};
const options = { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org" };
const scopeOf = (projectId: string, filters: Partial<ExportFilters> = {}, blindAnnotatorId: string | null = null): ExportScope => ({
  projectId, filters: { ...allFilters, ...filters }, blindAnnotatorId,
});

async function clusteredProject() {
  const f = await createClusterFixture();
  const reviewer = await f.access(f.reviewer.id);
  const cluster = await createCluster(await f.access(f.annotator.id), {
    title: "Arrest in Lahore",
    statement: "Police arrested the suspect in Lahore.",
    members: [
      { annotationId: f.claims[0]!.id, stance: "SAME" },
      { annotationId: f.claims[1]!.id, stance: "CONTRADICTS" },
      { annotationId: f.claims[2]!.id, stance: "CORROBORATES" },
    ],
  });
  const withVerdict = await updateCluster(reviewer, cluster.id, { version: 1, statusId: f.labels.trueStatus, verdictExplanation: "Police records confirm it.", note: "internal" });
  await applyClusterVerdict(reviewer, cluster.id, { version: withVerdict.version });
  return { ...f, cluster };
}

describe("cluster exports (real Postgres)", () => {
  it("the clusters file: statement, verdict, members in publication order with stance and words, sources and first appearance", async () => {
    const f = await clusteredProject();
    const { text, manifest } = await readExport({ scope: scopeOf(f.project.id), format: "clusters", options });
    const records = text.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(1);
    const [record] = records as [Record<string, unknown>];
    expect(record).toMatchObject({
      id: f.cluster.id,
      title: "Arrest in Lahore",
      statement: "Police arrested the suspect in Lahore.",
      verdict: { key: "true", name: "True", rating: 5 },
      verdict_explanation: "Police records confirm it.",
      verdict_applied_at: expect.any(String),
      note: "internal",
      first_appearance: { annotation_id: f.claims[0]!.id, article_id: f.articles[0]!.id, published_at: "2026-01-10T00:00:00.000Z" },
    });
    const members = record.members as Array<Record<string, unknown>>;
    expect(members.map((m) => [m.annotation_id, m.outlet, m.stance, m.text])).toEqual([
      [f.claims[0]!.id, "Outlet 1", "SAME", "Police arrested the suspect on Monday in Lahore"],
      [f.claims[1]!.id, "Outlet 2", "CONTRADICTS", "The suspect was detained on Tuesday in Lahore"],
      [f.claims[2]!.id, "Outlet 3", "CORROBORATES", "Authorities in Lahore took a man into custody this week"],
    ]);
    // Every member's words are its article's text at its offsets (code points).
    for (const [i, m] of members.entries()) expect([...f.articles[i]!.text].slice(m.start as number, m.end as number).join("")).toBe(m.text);
    expect(Array.isArray(record.differences)).toBe(true);
    expect((record.independent_sources as { groups: string[][] }).groups.flat().sort()).toEqual(f.claims.map((c) => c.id).sort());
    expect(manifest.offsets.unit).toBe("Unicode code points");

    // Notes off: no note key; an export of one article holds only that member.
    const one = await readExport({ scope: scopeOf(f.project.id, { articleIds: [f.articles[2]!.id] }), format: "clusters", options: { ...options, includeNotes: false } });
    const only = JSON.parse(one.text.trim()) as Record<string, unknown>;
    expect(only).not.toHaveProperty("note");
    expect((only.members as Array<{ annotation_id: string }>).map((m) => m.annotation_id)).toEqual([f.claims[2]!.id]);
  });

  it("a blinded annotator's clusters file leaves out colleagues' hidden claims", async () => {
    const f = await clusteredProject();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    // The annotator made the claims; the reviewer's own passage claim is hidden from them.
    const { addClusterMember } = await import("@/lib/server/cluster/add-cluster-member");
    const text = f.articles[1]!.text;
    const at = [...text].join("").indexOf("A court hearing is expected");
    const added = await addClusterMember(await f.access(f.reviewer.id), f.cluster.id, { passage: { articleId: f.articles[1]!.id, start: at, end: at + "A court hearing is expected".length }, stance: "CORROBORATES" });
    const forReviewer = await readExport({ scope: scopeOf(f.project.id), format: "clusters", options });
    expect(JSON.stringify(forReviewer.text)).toContain(added.annotationId);
    const forAnnotator = await readExport({ scope: scopeOf(f.project.id, {}, f.annotator.id), format: "clusters", options });
    expect(forAnnotator.text).not.toContain(added.annotationId);
    expect((JSON.parse(forAnnotator.text.trim()) as { members: unknown[] }).members).toHaveLength(3);
  });

  it("ClaimReview reviews the cluster once with its verdict; CSV and W3C carry cluster id and stance", async () => {
    const f = await clusteredProject();
    const review = await readExport({ scope: scopeOf(f.project.id), format: "claimreview", options });
    const reviews = JSON.parse(review.text) as Array<Record<string, unknown>>;
    expect(reviews).toHaveLength(1);
    const [only] = reviews as [Record<string, unknown> & { itemReviewed: { appearance: Array<{ url: string }>; firstAppearance: { url: string } } }];
    expect(only).toMatchObject({
      url: `https://claimdesk.example.org/projects/${f.slug}/clusters/${f.cluster.id}`,
      claimReviewed: "Police arrested the suspect in Lahore.",
      reviewRating: { ratingValue: 5, name: "True", ratingExplanation: "Police records confirm it." },
    });
    // Every agreeing member's article, earliest first; the contradicting Outlet 2 is left out.
    expect(only.itemReviewed.appearance.map((a) => a.url)).toEqual(["https://outlet1.example/story", "https://outlet3.example/story"]);
    expect(only.itemReviewed.firstAppearance.url).toBe("https://outlet1.example/story");

    const csv = parseCsv((await readExport({ scope: scopeOf(f.project.id), format: "csv", options })).text);
    const header = csv[0]!;
    const rows = csv.slice(1).filter((r) => r.length > 1);
    const byId = (id: string) => rows.find((r) => r.includes(id))!;
    expect(byId(f.claims[1]!.id)[header.indexOf("cluster_id")]).toBe(f.cluster.id);
    expect(byId(f.claims[1]!.id)[header.indexOf("cluster_relation")]).toBe("CONTRADICTS");

    const w3c = JSON.parse((await readExport({ scope: scopeOf(f.project.id), format: "w3c", options })).text) as {
      first: { items: Array<{ id: string; body?: Array<Record<string, string>> }> };
    };
    const item = w3c.first.items.find((i) => i.id.endsWith(f.claims[2]!.id))!;
    expect(item.body).toEqual(
      expect.arrayContaining([
        { type: "SpecificResource", source: `https://claimdesk.example.org/projects/${f.slug}/clusters/${f.cluster.id}`, purpose: "classifying" },
        { type: "TextualBody", value: "CORROBORATES", purpose: "classifying" },
      ]),
    );
  });
});
