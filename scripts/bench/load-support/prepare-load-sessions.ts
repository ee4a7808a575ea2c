import { signInOverHttp } from "@/scripts/bench/live-latency/sign-in-over-http";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import type { HttpClient } from "@/scripts/bench/load-support/http-client";
import type { LoadInstance } from "@/scripts/bench/load-support/start-load-target";
import type { LoadSession } from "@/scripts/bench/load-support/run-load-phase";
import type { LoadArticle } from "@/scripts/bench/load-support/simulated-annotator";

// Demo accounts that may create annotations; each signs in once per instance
// (sign-in hashes a password on purpose slowly and is not what is measured).
const WRITERS = ["annotator@example.com", "annotator2@example.com", "reviewer@example.com", "owner@example.com"];

export async function prepareLoadSessions(
  instances: LoadInstance[],
  clients: HttpClient[],
): Promise<{ sessions: LoadSession[]; slug: string; articles: LoadArticle[] }> {
  const sessions: LoadSession[] = [];
  for (const [i, instance] of instances.entries()) {
    const cookies: string[] = [];
    for (const email of WRITERS) cookies.push(await signInOverHttp(instance.url, email, DEMO_PASSWORD));
    sessions.push({ client: clients[i]!, url: instance.url, pid: instance.pid, cookies });
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
