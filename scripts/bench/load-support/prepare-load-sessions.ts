import { signInOverHttp } from "@/scripts/bench/live-latency/sign-in-over-http";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import type { HttpClient } from "@/scripts/bench/load-support/http-client";
import type { LoadInstance } from "@/scripts/bench/load-support/start-load-target";
import type { LoadSession } from "@/scripts/bench/load-support/run-load-phase";
import type { LoadArticle } from "@/scripts/bench/load-support/simulated-annotator";

// Demo accounts that may create annotations; each signs in once per instance
// (sign-in hashes a password on purpose slowly and is not what is measured).
// Each has a colleague who reviews its claims: nobody may review their own,
// and annotators may not review at all.
const WRITERS = [
  { email: "annotator@example.com", reviewer: "reviewer@example.com" },
  { email: "annotator2@example.com", reviewer: "owner@example.com" },
  { email: "reviewer@example.com", reviewer: "owner@example.com" },
  { email: "owner@example.com", reviewer: "reviewer@example.com" },
];

export async function prepareLoadSessions(
  instances: LoadInstance[],
  clients: HttpClient[],
): Promise<{ sessions: LoadSession[]; slug: string; articles: LoadArticle[] }> {
  const sessions: LoadSession[] = [];
  for (const [i, instance] of instances.entries()) {
    const cookieOf = new Map<string, string>();
    for (const { email } of WRITERS) cookieOf.set(email, await signInOverHttp(instance.url, email, DEMO_PASSWORD));
    const cookies = WRITERS.map(({ email }) => cookieOf.get(email)!);
    const reviewerCookies = WRITERS.map(({ reviewer }) => cookieOf.get(reviewer)!);
    sessions.push({ client: clients[i]!, url: instance.url, pid: instance.pid, cookies, reviewerCookies });
  }
  const first = sessions[0]!;
  const cookie = first.cookies[0]!;
  const get = async <T>(path: string): Promise<T> => {
    const result = await first.client.send("GET", path, { cookie });
    if (result.status !== 200) throw new Error(`GET ${path}: HTTP ${result.status}`);
    return result.body as T;
  };
  const { projects } = await get<{ projects: Array<{ slug: string }> }>("/api/projects");
  const slug = projects[0]?.slug;
  if (!slug) throw new Error("The demo project is missing (was the database seeded?)");
  const { articles: listed } = await get<{ articles: Array<{ id: string }> }>(`/api/projects/${slug}/articles`);
  const articles: LoadArticle[] = [];
  for (const { id } of listed) {
    const { article } = await get<{ article: LoadArticle }>(`/api/projects/${slug}/articles/${id}`);
    articles.push({ id: article.id, text: article.text, revision: article.revision });
  }
  return { sessions, slug, articles };
}
