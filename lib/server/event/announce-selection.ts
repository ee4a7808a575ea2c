import { AppError } from "@/lib/errors/app-error";
import { presenceInputSchema } from "@/lib/validations/presence";
import { getPubSub } from "@/lib/realtime/get-pub-sub";
import { getPresenceRegistry } from "@/lib/realtime/get-presence-registry";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

/**
 * Tells the article's other viewers which annotation this person now has
 * selected. Only for one of the person's own open streams on that article
 * (the stream announced itself when it opened); the caller has checked that
 * the article is in the project.
 */
export async function announceSelection(access: ProjectAccess, articleId: string, input: unknown): Promise<void> {
  assertCan(access, "project.view");
  const parsed = presenceInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "Send { connectionId, selectedAnnotationId }.", parsed.error.issues);
  const entry = getPresenceRegistry().find(parsed.data.connectionId);
  if (!entry || entry.userId !== access.userId || entry.projectId !== access.project.id || entry.articleId !== articleId) {
    throw new AppError("NOT_FOUND", "No open event stream of yours on this article has that id.");
  }
  await getPubSub().publish({
    kind: "presence",
    entry: { ...entry, selectedAnnotationId: parsed.data.selectedAnnotationId, at: Date.now() },
    gone: false,
  });
}
