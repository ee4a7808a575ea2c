import { predictionResponseSchema } from "@/lib/validations/suggestion";
import type { ModelSpan } from "@/lib/suggestions/merge-suggestions";

export const PREDICTION_TIMEOUT_MS = 3000;
// A service answering more than this is misbehaving; stop reading.
const MAX_RESPONSE_BYTES = 2_000_000;

export type PredictionResult = { spans: ModelSpan[] } | { error: string };

/**
 * Asks the project's prediction service for spans (docs/prediction-service.md):
 * POST { text, model, articleId, revision } as JSON, 3 s at most, redirects
 * not followed, the answer validated. Never throws: any failure is an
 * `{ error }` the panel shows while the built-in suggestions still appear.
 */
export async function callPredictionService(
  url: string,
  request: { text: string; model: string; articleId: string; revision: number },
  timeoutMs = PREDICTION_TIMEOUT_MS,
): Promise<PredictionResult> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ ...request, offsets: "code-points" }),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return { error: `The prediction service answered ${response.status}.` };
    const body = await response.text();
    if (body.length > MAX_RESPONSE_BYTES) return { error: "The prediction service's answer is too large." };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { error: "The prediction service did not answer with JSON." };
    }
    const parsed = predictionResponseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: `The prediction service's answer is not in the documented shape (${issue?.path.join(".") || "body"}: ${issue?.message}).` };
    }
    return {
      spans: parsed.data.spans
        .filter((s) => s.end > s.start)
        .map((s) => ({ start: s.start, end: s.end, label: s.label, score: s.score, entityId: s.entityId ?? null })),
    };
  } catch (error) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
      return { error: `The prediction service did not answer within ${timeoutMs / 1000} s.` };
    }
    return { error: "The prediction service could not be reached." };
  }
}
