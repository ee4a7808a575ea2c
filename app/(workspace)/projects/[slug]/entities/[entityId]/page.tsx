import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { requireSafePageParams } from "@/lib/http/require-safe-page-params";
import { can } from "@/lib/auth/permissions";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { getEntityPage, type EntityPage } from "@/lib/server/entity/get-entity-page";
import { latestProjectEventId } from "@/lib/server/event/latest-project-event-id";
import { listEntityRegistry } from "@/lib/server/entity/list-entity-registry";
import { describeEntityUse } from "@/lib/server/entity/describe-entity-use";
import { entityPageHref } from "@/lib/entities/entity-page-href";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { MergeEntityDialog } from "./_components/merge-entity-dialog";
import { SplitAliasDialog } from "./_components/split-alias-dialog";
import { EntityMergeList } from "./_components/entity-merge-list";
import { EntityTimeline } from "./_components/entity-timeline";
import { EntityClaimsTable } from "./_components/entity-claims-table";
import { EntityMentionsTable } from "./_components/entity-mentions-table";
import { EntityLiveRefresh } from "./_components/entity-live-refresh";

export const metadata: Metadata = { title: "Entity" };

type Props = { params: Promise<{ slug: string; entityId: string }> };

// One registry entity across the project: its names, every mention and claim
// involving it (as far as blind annotation lets this person see), the
// clusters and dates of those claims, and, for reviewers and owners, merge,
// undo and split. A Wikidata QID is only linked, never fetched. Live: a
// colleague's change to it, its mentions or its claims re-reads the page.
export default async function EntityPageRoute({ params }: Props) {
  const { slug, entityId } = await params;
  requireSafePageParams({ slug, entityId });
  const access = await requirePageProjectAccess(slug);
  // Read before the data: the live stream starts after it, so nothing in between is missed.
  const after = await latestProjectEventId(access);
  let page: EntityPage;
  try {
    page = await getEntityPage(access, entityId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { entity } = page;
  const canMerge = can(access.role, "entities.merge") && !page.deleted;
  const base = `/projects/${access.project.slug}`;
  const candidates = canMerge
    ? (await listEntityRegistry(access)).rows
        .filter((row) => row.id !== entity.id)
        .map((row) => ({ id: row.id, name: row.name, version: row.version, uses: describeEntityUse(row.uses.mentions, row.uses.claims) || "unused" }))
    : [];
  const wikidata = entity.externalId && /^Q\d+$/.test(entity.externalId) ? `https://www.wikidata.org/wiki/${entity.externalId}` : null;

  return (
    <PageContainer className="space-y-6">
      <EntityLiveRefresh projectSlug={access.project.slug} entityId={entity.id} after={after} />
      <PageHeader
        title={entity.name}
        description={[page.typeName, entity.description].filter(Boolean).join(" · ")}
        breadcrumbs={[{ label: access.project.name, href: base }, { label: "Entities", href: `${base}/entities` }, { label: entity.name }]}
        actions={canMerge ? <MergeEntityDialog projectSlug={access.project.slug} target={entity} candidates={candidates} /> : null}
      />
      {page.mergedInto ? (
        <Alert>
          <AlertDescription>
            This entity was merged into{" "}
            <Link className="font-medium underline" href={entityPageHref(access.project.slug, page.mergedInto.id)}>
              {page.mergedInto.name}
            </Link>
            ; the merge can be undone there.
          </AlertDescription>
        </Alert>
      ) : page.deleted ? (
        <Alert>
          <AlertDescription>This entity was deleted from the registry.</AlertDescription>
        </Alert>
      ) : null}

      <Card>
        <CardContent className="grid gap-4 pt-6 sm:grid-cols-3">
          <div>
            <p className="text-xs font-medium uppercase text-muted-foreground">Also known as</p>
            {entity.aliases.length === 0 ? (
              <p className="text-sm text-muted-foreground">No aliases</p>
            ) : (
              <ul aria-label="Aliases" className="mt-1 space-y-1">
                {entity.aliases.map((alias) => (
                  <li key={alias} className="flex items-center gap-1 text-sm">
                    <span>{alias}</span>
                    {canMerge ? (
                      <SplitAliasDialog
                        projectSlug={access.project.slug}
                        entity={entity}
                        alias={alias}
                        mentions={page.mentions.map((m) => ({ id: m.id, exact: m.exact, articleTitle: m.article.title }))}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <p className="text-xs font-medium uppercase text-muted-foreground">External id</p>
            {wikidata ? (
              <a className="font-mono text-sm underline" href={wikidata} target="_blank" rel="noopener noreferrer">
                {entity.externalId} (Wikidata)
              </a>
            ) : (
              <p className="font-mono text-sm">{entity.externalId ?? "—"}</p>
            )}
          </div>
          <div>
            <p className="text-xs font-medium uppercase text-muted-foreground">Used by</p>
            <p className="text-sm">{describeEntityUse(page.mentions.length, page.claims.length) || "Nothing you can see"}</p>
          </div>
        </CardContent>
      </Card>

      {page.merges.length > 0 ? <EntityMergeList projectSlug={access.project.slug} targetId={entity.id} merges={page.merges} canUndo={canMerge} /> : null}

      <Card>
        <CardHeader>
          <CardTitle>Timeline</CardTitle>
        </CardHeader>
        <CardContent>
          <EntityTimeline projectSlug={access.project.slug} timeline={page.timeline} claims={page.claims} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Claims ({page.claims.length})</CardTitle>
        </CardHeader>
        <CardContent>
          <EntityClaimsTable projectSlug={access.project.slug} claims={page.claims} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Clusters ({page.clusters.length})</CardTitle>
        </CardHeader>
        <CardContent>
          {page.clusters.length === 0 ? (
            <p className="text-sm text-muted-foreground">None of its claims is in a cluster.</p>
          ) : (
            <ul aria-label="Clusters" className="space-y-1 text-sm">
              {page.clusters.map((cluster) => (
                <li key={cluster.id}>
                  <Link className="underline" href={`${base}/clusters/${encodeURIComponent(cluster.id)}`}>
                    {cluster.title}
                  </Link>{" "}
                  <span className="text-muted-foreground">({cluster.claims === 1 ? "1 claim" : `${cluster.claims} claims`} of this entity)</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Mentions ({page.mentions.length})</CardTitle>
        </CardHeader>
        <CardContent>
          <EntityMentionsTable projectSlug={access.project.slug} mentions={page.mentions} />
        </CardContent>
      </Card>
      {page.truncated ? <p className="text-xs text-muted-foreground">Showing the first 500 mentions and claim links.</p> : null}
    </PageContainer>
  );
}
