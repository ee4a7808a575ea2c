import { db } from "@/lib/db";
import type { SuggestionIndexData } from "@/lib/jobs/enqueue-suggestion-index";
import { loadProjectRegistry } from "@/lib/server/suggestion/load-project-registry";
import { loadSuggestionCandidates } from "@/lib/server/suggestion/load-suggestion-candidates";
import type { RegistryName } from "@/lib/suggestions/suggestion-types";

/**
 * Precomputes the built-in suggesters' findings for articles' current
 * revisions (SuggestionCandidateCache), so opening an article reads them
 * instead of running the taggers. Idempotent: a hit is left as it is, and a
 * deleted or since-revised article is simply computed for what it is now.
 */
export async function indexSuggestionsJob(data: SuggestionIndexData): Promise<void> {
  const registries = new Map<string, RegistryName[]>();
  for (const articleId of data.articleIds) {
    const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, projectId: true, revision: true, text: true } });
    if (!article) continue;
    let registry = registries.get(article.projectId);
    if (!registry) {
      registry = await loadProjectRegistry(db, article.projectId);
      registries.set(article.projectId, registry);
    }
    await loadSuggestionCandidates(db, article, registry);
  }
}
