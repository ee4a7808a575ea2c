import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { suggestForText } from "@/lib/suggestions/suggest-for-text";
import { suggestionKey, type SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import { loadProjectRegistry } from "@/lib/server/suggestion/load-project-registry";
import { loadSuggestionCandidates } from "@/lib/server/suggestion/load-suggestion-candidates";
import { loadPredictionAnswer } from "@/lib/server/suggestion/load-prediction-answer";

export type SuggestionsResult = {
  revision: number;
  suggestions: SuggestionDTO[];
  // The project's prediction service, when one is set: its name and, when it
  // failed this time, why (the built-in suggestions are there regardless).
  model: { name: string; error: string | null } | null;
};

/**
 * Suggested mentions and claims on an article's current text for the person
 * asking: registry names, tagged names, check-worthy sentences and the
 * project's prediction service, minus what they already annotated (their own
 * annotations only, so blind annotation leaks nothing) and what they
 * dismissed on this revision. The built-in suggesters' findings come from the
 * per-revision cache (computed and stored on a miss), and so do the
 * prediction service's answers; the filtering per person runs on every
 * request.
 */
export async function listSuggestions(access: ProjectAccess, articleId: string): Promise<SuggestionsResult> {
  const { project, userId } = access;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, text: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  const [registry, own, dismissals, settings] = await Promise.all([
    loadProjectRegistry(db, project.id),
    db.annotation.findMany({
      where: { articleId: article.id, revision: article.revision, authorId: userId, deletedAt: null },
      select: { kind: true, start: true, end: true },
    }),
    db.suggestionDismissal.findMany({
      where: { articleId: article.id, userId, revision: article.revision },
      select: { kind: true, start: true, end: true },
    }),
    db.project.findUniqueOrThrow({ where: { id: project.id }, select: { predictionServiceUrl: true, predictionModelName: true } }),
  ]);

  let model: SuggestionsResult["model"] = null;
  let modelSpans: Parameters<typeof suggestForText>[0]["model"] = null;
  if (settings.predictionServiceUrl && settings.predictionModelName) {
    const name = settings.predictionModelName;
    const answer = await loadPredictionAnswer(db, article, { url: settings.predictionServiceUrl, modelName: name });
    if ("error" in answer) model = { name, error: answer.error };
    else {
      model = { name, error: null };
      // Only this project's entities may be linked, whatever the service says.
      const known = new Set(registry.map((e) => e.entityId));
      modelSpans = { name, spans: answer.spans.map((s) => ({ ...s, entityId: s.entityId && known.has(s.entityId) ? s.entityId : null })) };
    }
  }

  const candidates = await loadSuggestionCandidates(db, article, registry);
  const suggestions = suggestForText({
    text: article.text,
    registry,
    candidates,
    model: modelSpans,
    existing: own,
    dismissed: new Set(dismissals.map((d) => suggestionKey(d.kind, d.start, d.end))),
  });
  return { revision: article.revision, suggestions, model };
}
