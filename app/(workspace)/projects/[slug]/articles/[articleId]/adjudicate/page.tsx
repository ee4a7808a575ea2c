import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Lock } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { isAppError } from "@/lib/errors/app-error";
import { listLabels } from "@/lib/server/label/list-labels";
import { getGoldBoard } from "@/lib/server/adjudication/get-gold-board";
import { loadDisplayNames } from "@/lib/server/agreement/load-display-names";
import { db } from "@/lib/db";
import { RefreshOnLiveEvent } from "@/components/agreement/refresh-on-live-event";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { GoldProgress } from "@/components/adjudication/gold-progress";
import { GoldGroupCard } from "@/components/adjudication/gold-group-card";
import { toGoldGroupViews } from "./_components/to-gold-group-views";
import { StrayGolds } from "./_components/stray-golds";
import { reopenGoldGroupAction, resolveGoldGroupAction, setGoldLayerCompleteAction, removeGoldAnnotationAction } from "./actions";
import { requireSafePageParams } from "@/lib/http/require-safe-page-params";

export const metadata: Metadata = { title: "Adjudicate" };

type Props = { params: Promise<{ slug: string; articleId: string }> };

// Reviewers and owners build the article's gold layer here, group by group.
export default async function AdjudicatePage({ params }: Props) {
  const { slug, articleId } = await params;
  requireSafePageParams({ slug, articleId });
  const access = await requirePageProjectAccess(slug, "gold.adjudicate");
  const { project, allowed } = access;
  const base = `/projects/${project.slug}`;
  const articleHref = `${base}/articles/${articleId}`;
  const breadcrumbs = [{ label: project.name, href: base }, { label: "Agreement", href: `${base}/agreement` }, { label: "Adjudicate" }];
  if (!allowed) {
    return (
      <PageContainer width="narrow">
        <PageHeader title="Adjudicate" breadcrumbs={breadcrumbs} />
        <EmptyState icon={<Lock />} title="Only reviewers and owners adjudicate" description="The gold layer is decided by reviewers and owners of this project."
          action={<Button asChild variant="outline"><Link href={articleHref}>Back to the article</Link></Button>} />
      </PageContainer>
    );
  }
  let board;
  try {
    board = await getGoldBoard(access, articleId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const entityIds = [...board.groups.flatMap((g) => g.spans.flatMap((s) => (s?.entityId ? [s.entityId] : []))), ...board.golds.flatMap((g) => (g.entityId ? [g.entityId] : []))];
  const [labels, names] = await Promise.all([listLabels(access), loadDisplayNames(db, project.id, entityIds)]);
  const choices = (kind: string) => labels.filter((l) => l.kind === kind).map(({ id, name }) => ({ id, name }));
  const groups = toGoldGroupViews(board);
  const coderNames = board.coders.map((c) => c.name);
  const locked = board.article.goldCompletedAt !== null;
  const actions = { resolve: resolveGoldGroupAction.bind(null, project.slug, articleId), reopen: reopenGoldGroupAction.bind(null, project.slug, articleId) };

  return (
    <PageContainer className="space-y-6">
      <RefreshOnLiveEvent articleId={articleId} />
      <PageHeader
        title={`Adjudicate: ${board.article.title}`}
        breadcrumbs={breadcrumbs}
        description="Decide what goes into this article's gold layer: take one annotator's version, merge span and fields from two, write a new one, or leave a group out. Gold annotations are yours, marked gold, and keep a link to the annotation they came from."
        actions={
          <>
            <Button asChild variant="outline"><Link href={`${articleHref}/agreement`}>Agreement</Link></Button>
            <Button asChild variant="outline"><Link href={articleHref}>Open in editor</Link></Button>
          </>
        }
      />
      <GoldProgress resolved={board.progress.resolved} total={board.progress.total} completedAt={board.article.goldCompletedAt}
        setComplete={setGoldLayerCompleteAction.bind(null, project.slug, articleId)} />
      {groups.length === 0 ? (
        <EmptyState title="Nothing to adjudicate" description="No annotator has annotated this article yet." />
      ) : (
        <ol className="space-y-4" aria-label="Groups to decide">
          {groups.map((group, i) => (
            <GoldGroupCard key={group.key} group={group} index={i} total={groups.length} coderNames={coderNames} names={names}
              labels={{ statuses: choices("VERIFICATION_STATUS"), claimTypes: choices("CLAIM_TYPE"), entityTypes: choices("ENTITY_TYPE") }}
              actions={actions} locked={locked} />
          ))}
        </ol>
      )}
      <StrayGolds golds={board.golds.filter((g) => board.strayGoldIds.includes(g.id)).map((g) => ({ id: g.id, version: g.version, exact: g.exact, kind: g.kind }))}
        locked={locked} remove={removeGoldAnnotationAction.bind(null, project.slug, articleId)} />
    </PageContainer>
  );
}
