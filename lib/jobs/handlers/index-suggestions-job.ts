import { db } from "@/lib/db";
import type { SuggestionIndexData } from "@/lib/jobs/enqueue-suggestion-index";
import { loadProjectRegistry } from "@/lib/server/suggestion/load-project-registry";
import { loadSuggestionCandidates } from "@/lib/server/suggestion/load-suggestion-candidates";
import { loadPredictionAnswer } from "@/lib/server/suggestion/load-prediction-answer";
import type { RegistryName } from "@/lib/suggestions/suggestion-types";

type ProjectInputs = { registry: RegistryName[]; service: { url: string; modelName: string } | null };

/**
 * Precomputes what opening an article would otherwise compute: the built-in
 * suggesters' findings for articles' current revisions
 * (SuggestionCandidateCache) and, when the project has a prediction service,
 * its answer (PredictionAnswerCache). Idempotent: a hit is left as it is, and
 * a deleted or since-revised article is simply computed for what it is now. A
 * service that fails here is asked again when the article is opened.
 */
export async function indexSuggestionsJob(data: SuggestionIndexData): Promise<void> {
  const projects = new Map<string, ProjectInputs>();
  for (const articleId of data.articleIds) {
    const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, projectId: true, revision: true, text: true } });
    if (!article) continue;
    let inputs = projects.get(article.projectId);
    if (!inputs) {
      const [registry, settings] = await Promise.all([
        loadProjectRegistry(db, article.projectId),
        db.project.findUniqueOrThrow({ where: { id: article.projectId }, select: { predictionServiceUrl: true, predictionModelName: true } }),
      ]);
      const { predictionServiceUrl: url, predictionModelName: modelName } = settings;
      inputs = { registry, service: url && modelName ? { url, modelName } : null };
      projects.set(article.projectId, inputs);
    }
    await loadSuggestionCandidates(db, article, inputs.registry);
    if (inputs.service) await loadPredictionAnswer(db, article, inputs.service);
  }
}
