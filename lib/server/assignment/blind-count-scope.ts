import type { Role } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { isBlinded } from "@/lib/workflow/is-blinded";

// For project-wide counts (the article list): null when the viewer sees
// everyone's annotations everywhere; otherwise the viewer's id and the
// articles where they have submitted (and so see everyone's). On every other
// article only their own annotations may be counted.
export type BlindCountScope = { userId: string; revealedArticleIds: ReadonlySet<string> } | null;

export async function blindCountScope(
  client: DbClient,
  viewer: { userId: string; role: Role },
  project: { id: string; blindAnnotation: boolean },
): Promise<BlindCountScope> {
  if (!isBlinded({ blindAnnotation: project.blindAnnotation, role: viewer.role, submitted: false })) return null;
  const submitted = await client.assignment.findMany({
    where: { projectId: project.id, userId: viewer.userId, status: "SUBMITTED" },
    select: { articleId: true },
  });
  return { userId: viewer.userId, revealedArticleIds: new Set(submitted.map((a) => a.articleId)) };
}
