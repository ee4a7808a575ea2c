import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { isBlinded } from "@/lib/workflow/is-blinded";

export type CandidateClaim = { id: string; articleId: string; start: number; end: number; exact: string; clusterId: string | null };

// The live claims on the current text of the given articles that the asker
// may see. A blinded annotator (lib/workflow/is-blinded) sees colleagues'
// claims only on articles where their own assignment is submitted; hidden
// claims are simply absent, so their passages stay plain passages.
export async function loadCandidateClaims(client: DbClient, access: ProjectAccess, articleIds: readonly string[]): Promise<CandidateClaim[]> {
  if (articleIds.length === 0) return [];
  const rows = await client.$queryRaw<Array<CandidateClaim & { authorId: string }>>`
    SELECT a."id", a."articleId", a."start", a."end", a."exact", a."authorId", m."clusterId"
      FROM "Annotation" a
      JOIN "Article" ar ON ar."id" = a."articleId" AND ar."revision" = a."revision"
      LEFT JOIN "ClaimClusterMember" m ON m."annotationId" = a."id"
     WHERE a."projectId" = ${access.project.id} AND a."kind" = 'CLAIM' AND a."deletedAt" IS NULL
       AND a."anchorState" = 'ANCHORED' AND a."articleId" = ANY(${[...articleIds]}::text[])`;
  if (!isBlinded({ blindAnnotation: access.project.blindAnnotation, role: access.role, submitted: false })) return rows;
  const submitted = await client.assignment.findMany({
    where: { userId: access.userId, status: "SUBMITTED", articleId: { in: [...articleIds] } },
    select: { articleId: true },
  });
  const open = new Set(submitted.map((s) => s.articleId));
  return rows.filter((row) => row.authorId === access.userId || open.has(row.articleId));
}
