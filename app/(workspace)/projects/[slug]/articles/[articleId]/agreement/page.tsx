import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EyeOff, Scale } from "lucide-react";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { getArticleAgreement, type ArticleAgreement } from "@/lib/server/agreement/get-article-agreement";
import { RefreshOnLiveEvent } from "@/components/agreement/refresh-on-live-event";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PairScoresTable } from "@/components/agreement/pair-scores-table";
import { AlphaSummary } from "@/components/agreement/alpha-summary";
import { CoderCounts } from "@/components/agreement/coder-counts";
import { UnitComparison } from "@/components/agreement/unit-comparison";
import { requireSafePageParams } from "@/lib/http/require-safe-page-params";

export const metadata: Metadata = { title: "Article agreement" };

type Props = { params: Promise<{ slug: string; articleId: string }> };

async function load(access: ProjectAccess, articleId: string): Promise<ArticleAgreement | "blind"> {
  try {
    return await getArticleAgreement(access, articleId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") return "blind";
    throw error;
  }
}

// Where the annotators of one article differ, side by side, with the
// article's figures. Agreements are folded away below the differences.
export default async function ArticleAgreementPage({ params }: Props) {
  const { slug, articleId } = await params;
  requireSafePageParams({ slug, articleId });
  const access = await requirePageProjectAccess(slug);
  const { project, role } = access;
  const view = await load(access, articleId);
  const base = `/projects/${project.slug}`;
  const articleHref = `${base}/articles/${articleId}`;
  const breadcrumbs = [{ label: project.name, href: base }, { label: "Agreement", href: `${base}/agreement` }, { label: view === "blind" ? "Article" : view.article.title }];

  if (view === "blind") {
    return (
      <PageContainer width="narrow">
        <PageHeader title="Article agreement" breadcrumbs={breadcrumbs} />
        <EmptyState icon={<EyeOff />} title="Submit your work first" description="This project is blind: you can compare your annotations with your colleagues' once you have submitted yours." />
      </PageContainer>
    );
  }

  const nameOf = (id: string) => view.coders.find((c) => c.id === id)?.name ?? "Unknown";
  const differing = view.units.filter((u) => u.differences.length > 0);
  const agreeing = view.units.filter((u) => u.differences.length === 0);
  return (
    <PageContainer className="space-y-8">
      <RefreshOnLiveEvent articleId={articleId} />
      <PageHeader
        title={view.article.title}
        breadcrumbs={breadcrumbs}
        description={`Agreement between ${view.coders.map((c) => c.name).join(", ") || "nobody yet"}.`}
        actions={
          <>
            <Button asChild variant="outline"><Link href={articleHref}>Open in editor</Link></Button>
            {can(role, "gold.adjudicate") ? <Button asChild><Link href={`${articleHref}/adjudicate`}>Adjudicate</Link></Button> : null}
          </>
        }
      />
      {view.coders.length < 2 ? (
        <EmptyState icon={<Scale />} title="Only one annotator so far" description="Agreement needs at least two annotators on this article." />
      ) : (
        <section aria-labelledby="figures-heading" className="space-y-4">
          <h2 id="figures-heading" className="text-lg font-semibold">Figures</h2>
          <CoderCounts scores={view.scores} coders={view.coders} />
          <PairScoresTable scores={view.scores} nameOf={nameOf} caption="Agreement per annotator pair on this article" />
          <AlphaSummary scores={view.scores} />
        </section>
      )}
      {view.coders.length >= 2 ? (
        <section aria-labelledby="differences-heading" className="space-y-3">
          <h2 id="differences-heading" className="text-lg font-semibold">Where they differ ({differing.length})</h2>
          {differing.length === 0 ? (
            <p className="text-sm text-muted-foreground">No differences: every span was marked by everyone, with the same boundaries and labels.</p>
          ) : (
            <ul className="space-y-3" aria-label="Differences">
              {differing.map((unit) => <UnitComparison key={unit.key} unit={unit} coders={view.coders} names={view.names} editorHref={articleHref} />)}
            </ul>
          )}
        </section>
      ) : null}
      {agreeing.length > 0 ? (
        <details className="space-y-3" open={view.coders.length < 2}>
          <summary className="cursor-pointer text-lg font-semibold">{view.coders.length < 2 ? "Annotations" : "Where they agree"} ({agreeing.length})</summary>
          <ul className="mt-3 space-y-3" aria-label={view.coders.length < 2 ? "Annotations" : "Agreements"}>
            {agreeing.map((unit) => <UnitComparison key={unit.key} unit={unit} coders={view.coders} names={view.names} editorHref={articleHref} />)}
          </ul>
        </details>
      ) : null}
    </PageContainer>
  );
}
