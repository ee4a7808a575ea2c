import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import type { ModelSpan } from "@/lib/suggestions/merge-suggestions";
import { callPredictionService, type PredictionResult } from "@/lib/server/suggestion/call-prediction-service";
import { predictionServiceKey } from "@/lib/server/suggestion/prediction-service-key";

type Revision = { id: string; revision: number; text: string };
type Service = { url: string; modelName: string };

/**
 * The prediction service's spans for one article revision: read from
 * PredictionAnswerCache, else asked and stored. An article's text is then
 * sent out once per revision and service, not on every open, and a slow
 * service costs its 3 s once. Only a valid answer is stored: a time-out or a
 * 500 is asked again next time. Answers for older revisions or other
 * services of this article are removed on store. Owners re-saving the
 * settings clears the project's answers (a new model behind the same name).
 */
export async function loadPredictionAnswer(client: DbClient, article: Revision, service: Service): Promise<PredictionResult> {
  const key = { articleId: article.id, revision: article.revision, serviceKey: predictionServiceKey(service.url, service.modelName) };
  const cached = await client.predictionAnswerCache.findUnique({ where: { articleId_revision_serviceKey: key }, select: { spans: true } });
  if (cached) return { spans: cached.spans as unknown as ModelSpan[] };
  const answer = await callPredictionService(service.url, { text: article.text, model: service.modelName, articleId: article.id, revision: article.revision });
  if ("error" in answer) return answer;
  const spans = answer.spans as unknown as Prisma.InputJsonValue;
  // Two opens may ask at once; the later write keeps the first answer.
  await client.predictionAnswerCache.upsert({ where: { articleId_revision_serviceKey: key }, create: { ...key, spans }, update: {} });
  await client.predictionAnswerCache.deleteMany({ where: { articleId: article.id, NOT: { revision: article.revision, serviceKey: key.serviceKey } } });
  return answer;
}
