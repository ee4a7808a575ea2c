import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as exportsRoute from "@/app/api/projects/[slug]/exports/route";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { listApiTokens } from "@/lib/server/api-token/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";
import { createTestProject } from "@/tests/support/create-test-project";
import { createExportFixture } from "./support/create-export-fixture";
import { readZip } from "./support/read-zip";
import { withProjectAccess } from "@/tests/support/with-project-access";

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const get = (slug: string, query: string, token?: string) =>
  exportsRoute.GET(
    new Request(`http://localhost/api/projects/${slug}/exports?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    params(slug),
  );
const tokenFor = async (userId: string, slug: string, scope: "project" | "all" = "project", expiresIn = "30") =>
  (await withProjectAccess(userId, slug, (access) => createApiToken(access, { name: "script", scope, expiresIn }))).secret;

describe("GET /api/projects/[slug]/exports (handler called directly, real Postgres)", () => {
  it("streams the payload as an attachment, and the manifest part vouches for its bytes", async () => {
    const f = await createExportFixture();
    const token = await tokenFor(f.annotator.id, f.slug);
    const response = await get(f.slug, "format=jsonl&kinds=claim", token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="claimdesk-${f.slug}-jsonl.jsonl"`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.toString("utf8").trim().split("\n")).toHaveLength(3);
    const manifest = (await (await get(f.slug, "format=jsonl&kinds=claim&part=manifest", token)).json()) as {
      payload: { sha256: string; bytes: number }; counts: { claims: number; mentions: number }; filters: { kinds: string[] };
    };
    expect(manifest.payload).toEqual({ sha256: createHash("sha256").update(body).digest("hex"), bytes: body.length });
    expect(manifest.counts).toMatchObject({ claims: 3, mentions: 0 });
    expect(manifest.filters.kinds).toEqual(["CLAIM"]);
    const estimate = await (await get(f.slug, "format=jsonl&kinds=claim&part=estimate", token)).json();
    expect(estimate).toEqual({ articles: 3, annotations: 3, claims: 3, mentions: 0 });
  });

  it("packs brat into a zip of its configuration and a .txt and .ann per article", async () => {
    const f = await createExportFixture();
    const response = await get(f.slug, `format=brat&articles=${f.astral.id}`, await tokenFor(f.owner.id, f.slug));
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = readZip(Buffer.from(await response.arrayBuffer()));
    // The brat configuration first, the dataset card last (tests/integration/export/dataset-card.test.ts).
    expect([...files.keys()]).toEqual(["annotation.conf", "visual.conf", "tools.conf", `${f.astral.id}.txt`, `${f.astral.id}.ann`, "README.md"]);
    expect(files.get(`${f.astral.id}.txt`)).toBe(f.astral.text);
  });

  it("answers bad options with a 400 that names them", async () => {
    const f = await createExportFixture();
    const token = await tokenFor(f.owner.id, f.slug);
    for (const [query, message] of [
      ["format=xml", /format must be one of/],
      ["", /format/],
      ["format=jsonl&publishedFrom=yesterday", /publishedFrom must be a date/],
      ["format=jsonl&review=maybe", /review must be all, accepted or gold/],
      ["format=jsonl&kinds=claim,relation", /kinds may be claim and\/or mention/],
      ["format=jsonl&publishedFrom=2024-02-01&publishedTo=2024-01-01", /publishedFrom must be before publishedTo/],
      ["format=jsonl&part=all", /part must be/],
      ["format=jsonl&pseudonymise=perhaps", /pseudonymise must be true or false/],
    ] as const) {
      const response = await get(f.slug, query, token);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message, query).toMatch(message);
    }
  });

  it("accepts valid tokens only: revoked, expired, unknown and other-project tokens are refused", async () => {
    const f = await createExportFixture();
    const other = await createTestProject();
    await db.membership.create({ data: { projectId: other.project.id, userId: f.annotator.id, role: "ANNOTATOR" } });
    const bound = await tokenFor(f.annotator.id, f.slug);
    const everywhere = await tokenFor(f.annotator.id, f.slug, "all");
    expect((await get(f.slug, "format=csv", bound)).status).toBe(200);
    expect((await get(other.project.slug, "format=csv", everywhere)).status).toBe(200);
    // Bound to another project: as if this one did not exist.
    expect((await get(other.project.slug, "format=csv", bound)).status).toBe(404);
    // Not a member of the project: 404 too, token or not.
    expect((await get(f.slug, "format=csv", await tokenFor(other.owner.id, other.project.slug, "all"))).status).toBe(404);
    expect((await get(f.slug, "format=csv", "cd_not-a-real-token")).status).toBe(401);

    const [listed] = await withProjectAccess(f.annotator.id, f.slug, (access) => listApiTokens(access));
    const revoked = await withProjectAccess(f.annotator.id, f.slug, (access) => createApiToken(access, { name: "old", scope: "project", expiresIn: "7" }));
    await revokeApiToken(f.annotator.id, revoked.token.id);
    expect((await get(f.slug, "format=csv", revoked.secret)).status).toBe(401);
    const expired = await withProjectAccess(f.annotator.id, f.slug, (access) => createApiToken(access, { name: "short", scope: "project", expiresIn: "7" }, new Date(Date.now() - 8 * 86_400_000)));
    expect((await get(f.slug, "format=csv", expired.secret)).status).toBe(401);
    expect(listed?.lastUsedAt).not.toBeNull();
  });

  it("lets viewers export, with annotator names always pseudonymised", async () => {
    const f = await createExportFixture();
    const viewer = await tokenFor(f.viewer.id, f.slug);
    const body = await (await get(f.slug, "format=jsonl&pseudonymise=false", viewer)).text();
    expect(body).toContain("annotator-1");
    for (const who of [f.annotator, f.reviewer, f.owner]) {
      expect(body).not.toContain(who.id);
      expect(body).not.toContain(`"name":"${who.name}"`);
    }
    const manifest = (await (await get(f.slug, "format=jsonl", viewer).then(() => get(f.slug, "format=jsonl&part=manifest", viewer))).json()) as {
      options: { pseudonymise: boolean };
    };
    expect(manifest.options.pseudonymise).toBe(true);
    const owner = await (await get(f.slug, "format=jsonl", await tokenFor(f.owner.id, f.slug))).text();
    expect(owner).toContain(f.annotator.id);
  });

  it("in a blind project, an annotator exports colleagues' annotations only where their assignment is submitted", async () => {
    const f = await createExportFixture();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const token = await tokenFor(f.annotator.id, f.slug);
    const ids = async () => {
      const lines = (await (await get(f.slug, "format=jsonl", token)).text()).trim().split("\n");
      return lines.flatMap((l) => (JSON.parse(l) as { spans: Array<{ id: string }> }).spans.map((s) => s.id)).sort();
    };
    const own = [f.ids.mention, f.ids.astralClaim, f.ids.astralMention, f.ids.quoted].sort();
    expect(await ids()).toEqual(own);
    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.article.id, userId: f.annotator.id, status: "SUBMITTED" } });
    expect(await ids()).toEqual([...own, f.ids.gold].sort());
    // Reviewers are not blinded.
    expect(await (await get(f.slug, "format=jsonl", await tokenFor(f.reviewer.id, f.slug))).text()).toContain(f.ids.oldClaim);
  });
});

describe("API tokens", () => {
  it("are created with the secret shown once, listed without it, and revoked by their owner only", async () => {
    const f = await createExportFixture();
    const { token, secret } = await withProjectAccess(f.annotator.id, f.slug, (access) => createApiToken(access, { name: " CI export ", scope: "project", expiresIn: "30" }, new Date("2026-01-01T00:00:00Z")));
    expect(secret).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: "CI export", prefix: secret.slice(0, 10), project: { slug: f.slug }, expiresAt: "2026-01-31T00:00:00.000Z", revokedAt: null });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(await withProjectAccess(f.annotator.id, f.slug, (access) => listApiTokens(access)))).not.toContain(secret);
    expect(await withProjectAccess(f.reviewer.id, f.slug, (access) => listApiTokens(access))).toEqual([]);
    await expect(revokeApiToken(f.reviewer.id, token.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeApiToken(f.annotator.id, token.id);
    expect((await withProjectAccess(f.annotator.id, f.slug, (access) => listApiTokens(access)))[0]?.revokedAt).not.toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityType: "ApiToken", entityId: token.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["apiToken.create", "apiToken.revoke"]);
  });

  it("refuses bad input and outsiders, creating nothing", async () => {
    const f = await createExportFixture();
    const before = await db.apiToken.count();
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createApiToken(access, { name: "", scope: "project", expiresIn: "30" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createApiToken(access, { name: "x", scope: "galaxy", expiresIn: "30" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createApiToken(access, { name: "x", scope: "all", expiresIn: "1000" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => createApiToken(access, { name: "x", scope: "all", expiresIn: "30" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.apiToken.count()).toBe(before);
  });
});
