import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { EntityDTO, EntityRoleDTO } from "@/lib/annotations/annotation-dto";
import { buildEntityTimeline, type TimelineEntry } from "@/lib/entities/build-entity-timeline";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { listEntityMerges, type EntityMergeSummary } from "@/lib/server/entity/list-entity-merges";

const LIMIT = 500;

type ArticleRef = { id: string; title: string; outlet: string };
export type EntityPageMention = { id: string; article: ArticleRef; exact: string; author: string };
export type EntityPageClaim = {
  id: string;
  article: ArticleRef;
  exact: string;
  roles: EntityRoleDTO[];
  status: string | null;
  cluster: { id: string; title: string } | null;
};
export type EntityPage = {
  entity: EntityDTO;
  typeName: string | null;
  /** Set when the entity was merged away: its page points at where it went. */
  mergedInto: { id: string; name: string } | null;
  deleted: boolean;
  mentions: EntityPageMention[];
  claims: EntityPageClaim[];
  clusters: Array<{ id: string; title: string; claims: number }>;
  timeline: TimelineEntry[];
  merges: EntityMergeSummary[];
  /** More than LIMIT mentions or claims: the lists show the first ones. */
  truncated: boolean;
};

const articleSelect = { id: true, title: true, outlet: true, publishedAt: true } as const;

/**
 * Everything the entity page shows, for one person: mentions and claims that
 * involve it across the project (live ones, in article order), with the role
 * the entity plays in each claim, the clusters those claims are in, a
 * timeline of the dates in those claims, and the merges into it. Blind
 * annotation applies as everywhere: an annotator sees colleagues' mentions
 * and claims only on articles they have submitted.
 */
export async function getEntityPage(access: ProjectAccess, entityId: string): Promise<EntityPage> {
  const { project } = access;
  const row = await db.entity.findFirst({
    where: { id: entityId, projectId: project.id },
    select: { ...entityDtoSelect, deletedAt: true, type: { select: { name: true } }, mergedInto: { select: { id: true, name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Entity not found.");
  const visible = await loadClaimVisibility(db, access);

  const [mentionRows, linkRows] = await Promise.all([
    db.annotation.findMany({
      where: { projectId: project.id, entityId, kind: "ENTITY_MENTION", deletedAt: null },
      select: { id: true, articleId: true, authorId: true, exact: true, author: { select: { name: true } }, article: { select: articleSelect } },
      orderBy: [{ article: { title: "asc" } }, { articleId: "asc" }, { start: "asc" }],
      take: LIMIT + 1,
    }),
    db.claimEntity.findMany({
      where: { entityId, claim: { projectId: project.id, deletedAt: null } },
      select: {
        role: true,
        claim: {
          select: {
            id: true,
            articleId: true,
            authorId: true,
            exact: true,
            start: true,
            status: { select: { name: true } },
            article: { select: articleSelect },
            clusterMember: { select: { cluster: { select: { id: true, title: true, deletedAt: true } } } },
          },
        },
      },
      orderBy: [{ claim: { article: { title: "asc" } } }, { claim: { start: "asc" } }, { role: "asc" }],
      take: LIMIT + 1,
    }),
  ]);

  const mentions = mentionRows.filter(visible).slice(0, LIMIT).map((m) => ({ id: m.id, article: refOf(m.article), exact: m.exact, author: m.author.name }));
  const claimsById = new Map<string, EntityPageClaim & { publishedAt: Date | null }>();
  for (const { role, claim } of linkRows.slice(0, LIMIT)) {
    if (!visible(claim)) continue;
    const known = claimsById.get(claim.id);
    if (known) {
      known.roles.push(role);
      continue;
    }
    const cluster = claim.clusterMember?.cluster;
    claimsById.set(claim.id, {
      id: claim.id,
      article: refOf(claim.article),
      exact: claim.exact,
      roles: [role],
      status: claim.status?.name ?? null,
      cluster: cluster && !cluster.deletedAt ? { id: cluster.id, title: cluster.title } : null,
      publishedAt: claim.article.publishedAt,
    });
  }
  const claims = [...claimsById.values()];
  const clusters = new Map<string, { id: string; title: string; claims: number }>();
  for (const claim of claims) {
    if (!claim.cluster) continue;
    const entry = clusters.get(claim.cluster.id) ?? { ...claim.cluster, claims: 0 };
    entry.claims += 1;
    clusters.set(claim.cluster.id, entry);
  }

  return {
    entity: toEntityDTO(row),
    typeName: row.type.name,
    mergedInto: row.mergedInto,
    deleted: row.deletedAt !== null,
    mentions,
    claims: claims.map(({ publishedAt: _publishedAt, ...claim }) => claim),
    clusters: [...clusters.values()].sort((a, b) => a.title.localeCompare(b.title)),
    timeline: buildEntityTimeline(claims.map((c) => ({ id: c.id, exact: c.exact, articlePublishedAt: c.publishedAt }))),
    merges: await listEntityMerges(access, entityId),
    truncated: mentionRows.length > LIMIT || linkRows.length > LIMIT,
  };
}

function refOf(article: { id: string; title: string; outlet: string }): ArticleRef {
  return { id: article.id, title: article.title, outlet: article.outlet };
}
