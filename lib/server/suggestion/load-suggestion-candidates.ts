import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { suggestionInputsKey } from "@/lib/server/suggestion/suggestion-inputs-key";
import { findSuggestionCandidates, type SuggestionCandidates } from "@/lib/suggestions/find-suggestion-candidates";
import type { RegistryName } from "@/lib/suggestions/suggestion-types";

type Revision = { id: string; revision: number; text: string };

/**
 * The built-in suggesters' findings for one article revision: read from the
 * cache (filled by the suggestion-index job after an import or a revision),
 * else computed and stored. The key holds the revision and a hash of the
 * registry and suggesters' version, so a stale entry is never a hit; entries
 * of older revisions or registries of this article are removed on store.
 */
export async function loadSuggestionCandidates(client: DbClient, article: Revision, registry: readonly RegistryName[]): Promise<SuggestionCandidates> {
  const inputsKey = suggestionInputsKey(registry);
  const key = { articleId: article.id, revision: article.revision, inputsKey };
  const cached = await client.suggestionCandidateCache.findUnique({ where: { articleId_revision_inputsKey: key }, select: { candidates: true } });
  if (cached) return cached.candidates as unknown as SuggestionCandidates;
  const candidates = findSuggestionCandidates(article.text, registry);
  const json = candidates as unknown as Prisma.InputJsonValue;
  // Two readers may compute at once: the same inputs give the same findings, so either write is right.
  await client.suggestionCandidateCache.upsert({ where: { articleId_revision_inputsKey: key }, create: { ...key, candidates: json }, update: {} });
  await client.suggestionCandidateCache.deleteMany({ where: { articleId: article.id, NOT: { revision: article.revision, inputsKey } } });
  return candidates;
}
