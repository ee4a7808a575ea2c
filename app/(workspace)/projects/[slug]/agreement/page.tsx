import type { Metadata } from "next";
import Link from "next/link";
import { Scale } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { can } from "@/lib/auth/permissions";
import { getProjectAgreement } from "@/lib/server/agreement/get-project-agreement";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { GroupedBarChart } from "@/components/agreement/grouped-bar-chart";
import { PairScoresTable } from "@/components/agreement/pair-scores-table";
import { AlphaSummary } from "@/components/agreement/alpha-summary";
import { CoderCounts } from "@/components/agreement/coder-counts";
import { describeCoefficient, formatScore } from "@/components/agreement/format-score";

export const metadata: Metadata = { title: "Agreement" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ suggestions?: string | string[] }> };

// How much the project's annotators agree, pooled over the articles each pair
// shared, with one row per article. Any member may look (numbers only).
export default async function ProjectAgreementPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const excludeSuggestions = (await searchParams).suggestions === "exclude";
  const access = await requirePageProjectAccess(slug);
  const { project, role } = access;
  const agreement = await getProjectAgreement(access, { excludeSuggestions });
  const nameOf = (id: string) => agreement.coders.find((c) => c.id === id)?.name ?? "Unknown";
  const base = `/projects/${project.slug}`;
  const mayAdjudicate = can(role, "gold.adjudicate");

  const pairs = agreement.scores.spans.filter((s) => s.kind === "CLAIM" && s.mode === "exact");
  const f1 = (kind: string, mode: string) => pairs.map(({ a, b }) => agreement.scores.spans.find((s) => s.a === a && s.b === b && s.kind === kind && s.mode === mode)?.f1 ?? null);
  const coefficient = (field: string) => [
    ...pairs.map(({ a, b }) => {
      const k = agreement.scores.kappa.find((row) => row.a === a && row.b === b && row.field === field);
      return k?.result.kappa ?? null;
    }),
    agreement.scores.alpha.find((row) => row.field === field)?.result.alpha ?? null,
  ];

  return (
    <PageContainer className="space-y-8">
      <PageHeader
        title="Agreement"
        breadcrumbs={[{ label: project.name, href: base }, { label: "Agreement" }]}
        description="How closely annotators who worked on the same articles agree: span F1 per pair (exact and overlapping boundaries), Cohen's κ per pair and Krippendorff's α across everyone on the status and type of the claims they both marked. Gold annotations are not counted."
      />
      {agreement.suggestions.count > 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="agreement-suggestions">
          {agreement.suggestions.count} {agreement.suggestions.count === 1 ? "annotation" : "annotations"} began as accepted suggestions
          {excludeSuggestions ? " and are left out of these figures. " : " and are counted. "}
          <Link className="underline" href={excludeSuggestions ? `${base}/agreement` : `${base}/agreement?suggestions=exclude`}>
            {excludeSuggestions ? "Count them" : "Leave them out"}
          </Link>
        </p>
      ) : null}
      {agreement.comparedArticles === 0 ? (
        <EmptyState icon={<Scale />} title="Nothing to compare yet" description="Agreement appears once two annotators have annotated the same article." />
      ) : (
        <>
          <section aria-labelledby="pairs-heading" className="space-y-4">
            <h2 id="pairs-heading" className="text-lg font-semibold">
              Annotator pairs <span className="text-sm font-normal text-muted-foreground">({agreement.comparedArticles} {agreement.comparedArticles === 1 ? "article" : "articles"} with two or more annotators)</span>
            </h2>
            <CoderCounts scores={agreement.scores} coders={agreement.coders} />
            <div className="grid gap-8 lg:grid-cols-2">
              <GroupedBarChart
                title="Span F1 per pair"
                description="1 = both marked exactly the same spans; overlap counts spans that share at least one character."
                categories={pairs.map(({ a, b }) => `${nameOf(a)} · ${nameOf(b)}`)}
                series={[
                  { name: "Claims, exact", fillClass: "fill-primary", values: f1("CLAIM", "exact") },
                  { name: "Claims, overlap", fillClass: "fill-primary/50", values: f1("CLAIM", "overlap") },
                  { name: "Mentions, exact", fillClass: "fill-success", values: f1("ENTITY_MENTION", "exact") },
                  { name: "Mentions, overlap", fillClass: "fill-success/50", values: f1("ENTITY_MENTION", "overlap") },
                ]}
              />
              <GroupedBarChart
                title="Label agreement beyond chance"
                description="κ per pair and α across all annotators, on matched claims; 0 = chance, 1 = perfect, below 0 = worse than chance."
                min={-1}
                categories={["Verification status", "Claim type"]}
                series={[
                  ...pairs.map(({ a, b }, i) => ({ name: `κ ${nameOf(a)} · ${nameOf(b)}`, fillClass: i % 2 ? "fill-info/60" : "fill-info", values: [coefficient("statusId")[i] ?? null, coefficient("claimTypeId")[i] ?? null] })),
                  { name: "α all annotators", fillClass: "fill-warning", values: [coefficient("statusId").at(-1) ?? null, coefficient("claimTypeId").at(-1) ?? null] },
                ]}
              />
            </div>
            <PairScoresTable scores={agreement.scores} nameOf={nameOf} caption="Agreement per annotator pair, pooled over shared articles" />
            <AlphaSummary scores={agreement.scores} />
          </section>
        </>
      )}
      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-lg font-semibold">Articles</h2>
        <Table aria-label="Agreement per article" data-testid="article-agreement-rows">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Article</TableHead>
              <TableHead scope="col">Annotators</TableHead>
              <TableHead scope="col" className="text-right">Claim F1</TableHead>
              <TableHead scope="col" className="text-right">Mention F1</TableHead>
              <TableHead scope="col" className="text-right">Alpha status</TableHead>
              <TableHead scope="col" className="text-right">Alpha type</TableHead>
              <TableHead scope="col">Gold</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {agreement.articles.map((article) => {
              const compared = article.coders.length >= 2;
              const status = describeCoefficient(article.alphaStatus);
              const type = describeCoefficient(article.alphaType);
              return (
                <TableRow key={article.id} data-testid="article-agreement-row">
                  <TableCell className="max-w-[28rem] font-medium whitespace-normal">
                    {compared ? (
                      <Link className="hover:underline" href={`${base}/articles/${article.id}/agreement`}>{article.title}</Link>
                    ) : (
                      article.title
                    )}
                  </TableCell>
                  <TableCell className="whitespace-normal">{article.coders.map((c) => c.name).join(", ") || "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatScore(article.claimF1?.f1)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatScore(article.mentionF1?.f1)}</TableCell>
                  <TableCell className="text-right tabular-nums" title={status.why ?? undefined}>{status.text}</TableCell>
                  <TableCell className="text-right tabular-nums" title={type.why ?? undefined}>{type.text}</TableCell>
                  <TableCell>
                    {article.goldCompletedAt ? (
                      <Badge variant="success">Complete</Badge>
                    ) : mayAdjudicate && article.coders.length > 0 ? (
                      <Link className="text-sm text-primary hover:underline" href={`${base}/articles/${article.id}/adjudicate`}>Adjudicate</Link>
                    ) : (
                      <span className="text-muted-foreground">—</span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <p className="text-xs text-muted-foreground">F1 per article sums the counts of all its annotator pairs, with overlapping boundaries counted as a match.</p>
      </section>
    </PageContainer>
  );
}
