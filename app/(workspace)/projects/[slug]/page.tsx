import type { Metadata } from "next";
import Link from "next/link";
import { FileText } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { listArticles } from "@/lib/server/article/list-articles";
import { formatDate } from "@/lib/format/format-date";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { ArticleStatusBadge } from "@/components/assignment/article-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Articles" };

type Props = { params: Promise<{ slug: string }> };

export default async function ProjectArticlesPage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug);
  const { project } = access;
  const articles = await listArticles(access);
  return (
    <PageContainer>
      <PageHeader title={project.name} description={project.description || undefined} />
      {articles.length === 0 ? (
        <EmptyState icon={<FileText />} title="No articles yet" description="Articles imported into this project appear here." />
      ) : (
        <Table aria-label="Articles">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Title</TableHead>
              <TableHead scope="col">Outlet</TableHead>
              <TableHead scope="col">Published</TableHead>
              <TableHead scope="col" className="text-right">Words</TableHead>
              <TableHead scope="col" className="text-right">Claims</TableHead>
              <TableHead scope="col" className="text-right">Mentions</TableHead>
              <TableHead scope="col">Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {articles.map((article) => (
              <TableRow key={article.id} data-testid="article-row">
                <TableCell className="max-w-[32rem] font-medium whitespace-normal">
                  <Link className="hover:underline" href={`/projects/${project.slug}/articles/${article.id}`}>
                    {article.title}
                  </Link>
                </TableCell>
                <TableCell>{article.outlet || "—"}</TableCell>
                <TableCell>{formatDate(article.publishedAt)}</TableCell>
                <TableCell className="text-right tabular-nums">{article.wordCount.toLocaleString("en")}</TableCell>
                <TableCell className="text-right tabular-nums">{article.claimCount}</TableCell>
                <TableCell className="text-right tabular-nums">{article.mentionCount}</TableCell>
                <TableCell>
                  <ArticleStatusBadge status={article.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </PageContainer>
  );
}
