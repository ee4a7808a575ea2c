import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import * as projectRoute from "@/app/api/projects/[slug]/agreement/route";
import * as articleRoute from "@/app/api/projects/[slug]/articles/[articleId]/agreement/route";
import { createAgreementFixture } from "./support/create-agreement-fixture";

// The agreement routes called as Next would call them, with API tokens.
async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}
const get = (token: string, path: string) => new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("agreement routes (handlers called directly, real Postgres)", () => {
  it("answer members with the figures, outsiders 404, blind annotators 403 for an article", async () => {
    const f = await createAgreementFixture();
    const viewer = await tokenFor(f.viewer.id);
    const project = await projectRoute.GET(get(viewer, `/api/projects/${f.slug}/agreement`), params({ slug: f.slug }));
    expect(project.status).toBe(200);
    const body = (await project.json()) as { comparedArticles: number; scores: { spans: Array<{ kind: string; mode: string; f1: number }> } };
    expect(body.comparedArticles).toBe(1);
    expect(body.scores.spans.find((s) => s.kind === "CLAIM" && s.mode === "exact")?.f1).toBe(0.5);

    const at = { slug: f.slug, articleId: f.article.id };
    const article = await articleRoute.GET(get(viewer, `/api/projects/${f.slug}/articles/${f.article.id}/agreement`), params(at));
    expect(article.status).toBe(200);
    expect(((await article.json()) as { units: unknown[] }).units).toHaveLength(5);

    const outsider = await tokenFor(f.outsider.id);
    expect((await projectRoute.GET(get(outsider, `/api/projects/${f.slug}/agreement`), params({ slug: f.slug }))).status).toBe(404);

    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const annotator = await tokenFor(f.annotator.id);
    const refused = await articleRoute.GET(get(annotator, `/api/projects/${f.slug}/articles/${f.article.id}/agreement`), params(at));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });
});
