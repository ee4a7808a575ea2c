import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";
import { labelId } from "@/tests/integration/annotations/support/label-id";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

export const TEXTS = [
  "Police arrested the suspect on Monday in Lahore, officials said.\n\nThe suspect was held overnight.",
  "The suspect was detained on Tuesday in Lahore, according to police.\n\nA court hearing is expected.",
  "Authorities in Lahore took a man into custody this week, a spokesman said.",
] as const;

// A project (one member per role) with three outlets' articles, dated one day
// apart, and one claim per article by the annotator.
export async function createClusterFixture() {
  const people = await createTestProject();
  const { project, owner, annotator } = people;
  const articles = [];
  for (const [i, text] of TEXTS.entries()) {
    const article = await createTestArticle(project.id, text, owner.id);
    articles.push(
      await db.article.update({
        where: { id: article.id },
        data: { outlet: `Outlet ${i + 1}`, url: `https://outlet${i + 1}.example/story`, publishedAt: new Date(Date.UTC(2026, 0, 10 + i)) },
      }),
    );
  }
  const quotes = ["Police arrested the suspect on Monday in Lahore", "The suspect was detained on Tuesday in Lahore", "Authorities in Lahore took a man into custody this week"];
  const claims = [];
  for (const [i, article] of articles.entries()) {
    claims.push(await withProjectAccess(annotator.id, project.slug, (access) => createAnnotation(access, article.id, { kind: "CLAIM", revision: 1, ...spanOf(article.text, quotes[i]!) })));
  }
  const access = async (userId: string): Promise<ProjectAccess> => requireProjectAccess(userId, project.slug);
  const [trueStatus, falseStatus] = await Promise.all([labelId(project.id, "VERIFICATION_STATUS", "true"), labelId(project.id, "VERIFICATION_STATUS", "false")]);
  return { ...people, slug: project.slug, articles, claims, access, labels: { trueStatus, falseStatus } };
}

export async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId: null, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

export function call(token: string, method: string, path: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export const params = <T>(value: T) => ({ params: Promise.resolve(value) });
