import { randomUUID } from "node:crypto";
import { isAppError } from "@/lib/errors/app-error";

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string };

// Server actions are public POST endpoints: they re-check the session inside
// `fn`. This only shapes the outcome for the form: user-caused errors keep
// their message, unexpected ones are logged with an id the user can quote.
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message };
    // redirect() and notFound() signal by throwing; let Next handle them.
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_")) throw error;
    const requestId = randomUUID();
    console.error(`[${requestId}] server action failed`, error);
    return { ok: false, error: `Something went wrong (request ${requestId}). Nothing was saved.` };
  }
}
