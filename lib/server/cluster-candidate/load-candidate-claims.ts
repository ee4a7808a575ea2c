import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { isBlinded } from "@/lib/workflow/is-blinded";

export type CandidateClaim = { id: string; articleId: string; start: number; end: number; exact: string; clusterId: string | null };

type Span = { articleId: string; start: number; end: number };

// The live claims on the current text that overlap the given passages and
// that the asker may see. A blinded annotator (lib/workflow/is-blinded) sees
// colleagues' claims only on articles where their own assignment is
// submitted; hidden claims are simply absent, so their passages stay plain
// passages.
export async function loadCandidateClaims(client: DbClient, access: ProjectAccess, passages: readonly Span[]): Promise<CandidateClaim[]> {
  if (passages.length === 0) return [];
  const articleIds = [...new Set(passages.map((p) => p.articleId))];
  const rows = await client.$queryRaw<Array<CandidateClaim & { authorId: string }>>`
    SELECT DISTINCT a."id", a."articleId", a."start", a."end", a."exact", a."authorId", m."clusterId"
      FROM unnest(${passages.map((p) => p.articleId)}::text[], ${passages.map((p) => p.start)}::int[], ${passages.map((p) => p.end)}::int[]) AS p(a, s, e)
      JOIN "Annotation" a ON a."articleId" = p.a AND a."deletedAt" IS NULL AND a."start" < p.e AND p.s < a."end"
      JOIN "Article" ar ON ar."id" = a."articleId" AND ar."revision" = a."revision"
      LEFT JOIN "ClaimClusterMember" m ON m."annotationId" = a."id"
     WHERE a."projectId" = ${access.project.id} AND a."kind" = 'CLAIM' AND a."anchorState" = 'ANCHORED'`;
  if (!isBlinded({ blindAnnotation: access.project.blindAnnotation, role: access.role, submitted: false })) return rows;
  const submitted = await client.assignment.findMany({
    where: { userId: access.userId, status: "SUBMITTED", articleId: { in: [...articleIds] } },
    select: { articleId: true },
  });
  const open = new Set(submitted.map((s) => s.articleId));
  return rows.filter((row) => row.authorId === access.userId || open.has(row.articleId));
}
