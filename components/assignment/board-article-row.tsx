"use client";

import Link from "next/link";
import type { BoardArticle } from "@/lib/server/assignment/list-assignment-board";
import { TableCell, TableRow } from "@/components/ui/table";
import { ArticleStatusBadge } from "./article-status-badge";
import { assignmentStatusLabels } from "./assignment-status-labels";

type Props = {
  projectSlug: string;
  article: BoardArticle;
  selected: boolean;
  onToggle: () => void;
};

/** One article on the owners' board: its need, who is on it and how far each got. */
export function BoardArticleRow({ projectSlug, article, selected, onToggle }: Props) {
  const submitted = article.assignees.filter((a) => a.status === "SUBMITTED").length;
  return (
    <TableRow data-testid="board-row" data-article-id={article.id} data-state={selected ? "selected" : undefined}>
      <TableCell className="w-8">
        <input type="checkbox" className="size-4 accent-primary" checked={selected} onChange={onToggle} aria-label={`Select “${article.title}”`} />
      </TableCell>
      <TableCell className="max-w-[26rem] whitespace-normal">
        <Link className="font-medium hover:underline" href={`/projects/${projectSlug}/articles/${article.id}`}>
          {article.title}
        </Link>
        {article.outlet ? <span className="block text-xs text-muted-foreground">{article.outlet}</span> : null}
      </TableCell>
      <TableCell>
        <ArticleStatusBadge status={article.status} />
      </TableCell>
      <TableCell className="text-right tabular-nums" data-testid="needed">
        {article.required}
        {article.requiredOverride === null ? <span className="sr-only"> (project default)</span> : null}
        {article.requiredOverride === null ? <span aria-hidden="true" className="text-muted-foreground">*</span> : null}
      </TableCell>
      <TableCell className="text-right tabular-nums" data-testid="assigned-count">
        {article.assignees.length}
      </TableCell>
      <TableCell className="text-right tabular-nums" data-testid="submitted-count">
        {submitted}
      </TableCell>
      <TableCell className="whitespace-normal">
        {article.assignees.length === 0 ? (
          <span className="text-sm text-muted-foreground">Nobody</span>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {article.assignees.map((a) => (
              <li key={a.userId} className="rounded-md border px-2 py-0.5 text-xs">
                {a.name} · <span className="text-muted-foreground">{assignmentStatusLabels[a.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </TableCell>
    </TableRow>
  );
}
