import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as exportsRoute from "@/app/api/projects/[slug]/exports/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import type { ExportFilters } from "@/lib/export/types";
import type { ExportScope } from "@/lib/server/export/export-scope";
import { createExportFixture } from "./support/create-export-fixture";
import { readExport } from "./support/read-export";
import { readZip } from "./support/read-zip";
import { withProjectAccess } from "@/tests/support/with-project-access";

const allFilters: ExportFilters = {
  articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
  annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
};
const options = { includeNotes: true, pseudonymise: true, baseUrl: "https://claimdesk.example.org" };
const scopeOf = (projectId: string): ExportScope => ({ projectId, filters: allFilters, blindAnnotatorId: null });

function frontMatter(card: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(card);
  if (!match) throw new Error("no YAML front matter");
  return parse(match[1]!) as Record<string, unknown>;
}

describe("dataset card in exports (real Postgres)", () => {
  it("every archive holds README.md with the export's counts, listed and hashed in the manifest", async () => {
    const f = await createExportFixture();
    await db.project.update({ where: { id: f.project.id }, data: { license: "CC-BY-4.0" } });
    const { bytes, manifest } = await readExport({ scope: scopeOf(f.project.id), format: "brat", options });
    const files = readZip(bytes);
    const card = files.get("README.md");
    if (card === undefined) throw new Error(`no README.md in ${[...files.keys()].join(", ")}`);

    const yaml = frontMatter(card);
    expect(yaml.license).toBe("cc-by-4.0");
    expect(yaml.language).toEqual(["en"]);
    expect(yaml.size_categories).toEqual(["n<1K"]);
    expect((yaml.dataset_info as { splits: unknown }).splits).toEqual([{ name: "train", num_examples: 3 }]);
    expect(yaml.configs).toEqual([{ config_name: "default", data_files: [{ split: "train", path: `claimdesk-${f.slug}-jsonl.jsonl` }] }]);

    // The fixture: 3 articles; claims: the gold one (rated "true"), the astral and the old one; 3 mentions.
    expect(card).toContain("| articles | 3 |");
    expect(card).toContain("| annotations | 6 |");
    expect(card).toContain("| claims | 3 |");
    expect(card).toContain("| claims with a verdict (a rated status) | 1 |");
    expect(card).toContain("| entity mentions | 3 |");
    // Non-gold work is the annotator's and the owner's; the gold claim is the reviewer's adjudication.
    expect(card).toContain("2 annotators made the non-gold annotations.");
    expect(card).toContain("2 accepted, 0 rejected,");
    expect(card).toContain("4 not yet reviewed.");
    expect(card).toContain("1 annotation in 1 article is **gold**");
    expect(card).toContain("**pseudonymised**");
    expect(card).toContain("Creative Commons Attribution 4.0** (SPDX `CC-BY-4.0`)");
    expect(card).toContain("No article has been annotated by two or more annotators yet");

    const listed = (manifest.payload.files ?? []).find((file) => file.path === "README.md");
    expect(listed?.sha256).toBe(createHash("sha256").update(card, "utf8").digest("hex"));
  });

  it("is the same for any format (but for the file it names), built without the clock, and says when no license was chosen", async () => {
    const f = await createExportFixture();
    const first = await readExport({ scope: scopeOf(f.project.id), format: "jsonl", options, createdAt: "2026-01-01T00:00:00.000Z" });
    const again = await readExport({ scope: scopeOf(f.project.id), format: "jsonl", options, createdAt: "2027-01-01T00:00:00.000Z" });
    const card = await first.run.card();
    expect(await again.run.card()).toBe(card);
    expect(frontMatter(card).license).toBe("unknown");
    expect(card).toContain("has not chosen a license");
    expect(card).toContain(`This card accompanies the \`jsonl\` export (\`claimdesk-${f.slug}-jsonl.jsonl\`)`);
  });

  it("GET exports?part=card serves the card alone, for a member's own filtered export", async () => {
    const f = await createExportFixture();
    const token = (await withProjectAccess(f.viewer.id, f.slug, (access) => createApiToken(access, { name: "t", scope: "project", expiresIn: "30" }))).secret;
    const response = await exportsRoute.GET(
      new Request(`http://localhost/api/projects/${f.slug}/exports?format=jsonl&kinds=claim&part=card`, { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ slug: f.slug }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const card = await response.text();
    expect(frontMatter(card).pretty_name).toBe(f.project.name);
    expect(card).toContain("| annotations | 3 |");
    expect(card).toContain("| entity mentions | 0 |");
    expect(card).toContain("This export was **filtered**");
    // Viewers' exports are pseudonymised whatever they ask.
    expect(card).toContain("**pseudonymised**");
  });
});
