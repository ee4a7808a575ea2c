import { createHash } from "node:crypto";

/**
 * The part of a cached prediction answer's key that names the service: a
 * hash of its URL and model name. Pointing the project at another service or
 * model is a different key, so one service's answer is never shown under
 * another's name.
 */
export function predictionServiceKey(url: string, modelName: string): string {
  return createHash("sha256").update(JSON.stringify([url, modelName])).digest("hex");
}
