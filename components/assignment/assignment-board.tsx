"use client";

import { useId, useState } from "react";
import type { AssignmentBoard as Board } from "@/lib/server/assignment/list-assignment-board";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { BoardArticleRow } from "./board-article-row";
import { PeoplePicker } from "./people-picker";
import { useAssignmentRequest } from "./use-assignment-request";

type Props = { projectSlug: string; board: Board };

const toggle = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
};

/**
 * The owners' assignment screen: pick articles and people, then assign,
 * unassign, auto-assign to reach N annotators each, or set how many each needs.
 */
export function AssignmentBoard({ projectSlug, board }: Props) {
  const id = useId();
  const [articles, setArticles] = useState<ReadonlySet<string>>(new Set());
  const [people, setPeople] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState(String(board.defaultAnnotatorsPerArticle));
  const [notice, setNotice] = useState<string | null>(null);
  const { send, busy, error } = useAssignmentRequest();
  const base = `/api/projects/${encodeURIComponent(projectSlug)}/assignments`;
  const articleIds = board.articles.filter((a) => articles.has(a.id)).map((a) => a.id);
  const userIds = board.people.filter((p) => people.has(p.id)).map((p) => p.id);
  const n = Number(target);
  const allSelected = articleIds.length === board.articles.length && articleIds.length > 0;

  const run = async (method: string, path: string, body: unknown, describe: (data: never) => string) => {
    setNotice(null);
    const data = await send(method, `${base}${path}`, body);
    if (data) setNotice(describe(data as never));
  };

  return (
    <div className="space-y-4">
      <div className="space-y-4 rounded-xl border bg-card p-4">
        <PeoplePicker people={board.people} selected={people} onToggle={(pid) => setPeople((s) => toggle(s, pid))} />
        <div className="flex flex-wrap items-end gap-2">
          <Button size="sm" disabled={busy || !articleIds.length || !userIds.length} onClick={() =>
            run("POST", "", { articleIds, userIds }, (d: { created: unknown[] }) => `${d.created.length} new assignment(s).`)}>
            Assign selected
          </Button>
          <Button size="sm" variant="outline" disabled={busy || !articleIds.length || !userIds.length} onClick={() =>
            run("DELETE", "", { articleIds, userIds }, (d: { removed: number }) => `${d.removed} assignment(s) removed.`)}>
            Unassign selected
          </Button>
          <span className="mx-1 h-6 w-px bg-border" aria-hidden="true" />
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-n`} className="text-xs text-muted-foreground">Annotators per article</label>
            <Input id={`${id}-n`} type="number" min={1} max={20} className="h-8 w-20" value={target} onChange={(e) => setTarget(e.currentTarget.value)} />
          </div>
          <Button size="sm" variant="outline" disabled={busy || !articleIds.length || !(n >= 1)} onClick={() =>
            run("POST", "/auto", { articleIds, target: n, ...(userIds.length ? { userIds } : {}) }, (d: { assignments: unknown[]; shortfalls: { missing: number }[] }) =>
              `${d.assignments.length} new assignment(s).${d.shortfalls.length ? ` ${d.shortfalls.length} article(s) could not reach ${n}: not enough people.` : ""}`)}>
            Auto-assign to reach {Number.isFinite(n) && n >= 1 ? n : "N"}
          </Button>
          <Button size="sm" variant="outline" disabled={busy || !articleIds.length || !(n >= 1)} onClick={() =>
            run("PUT", "/required", { articleIds, required: n }, (d: { updated: number }) => `${d.updated} article(s) now need ${n}.`)}>
            Set needed to {Number.isFinite(n) && n >= 1 ? n : "N"}
          </Button>
          <Button size="sm" variant="ghost" disabled={busy || !articleIds.length} onClick={() =>
            run("PUT", "/required", { articleIds, required: null }, (d: { updated: number }) => `${d.updated} article(s) follow the project default.`)}>
            Use project default
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">
          Auto-assign picks from the selected people (or every annotator if none is selected), least busy first.
        </p>
        <div aria-live="polite" className="text-sm">
          {error ? <p data-slot="alert" className="text-destructive">{error}</p> : notice ? <p className="text-success">{notice}</p> : null}
        </div>
      </div>
      <Table aria-label="Articles and their assignments">
        <TableHeader>
          <TableRow>
            <TableHead scope="col" className="w-8">
              <input type="checkbox" className="size-4 accent-primary" checked={allSelected} aria-label="Select all articles"
                onChange={() => setArticles(allSelected ? new Set() : new Set(board.articles.map((a) => a.id)))} />
            </TableHead>
            <TableHead scope="col">Article</TableHead>
            <TableHead scope="col">State</TableHead>
            <TableHead scope="col" className="text-right">Needed</TableHead>
            <TableHead scope="col" className="text-right">Assigned</TableHead>
            <TableHead scope="col" className="text-right">Submitted</TableHead>
            <TableHead scope="col">Annotators</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {board.articles.map((article) => (
            <BoardArticleRow key={article.id} projectSlug={projectSlug} article={article} selected={articles.has(article.id)}
              onToggle={() => setArticles((s) => toggle(s, article.id))} />
          ))}
        </TableBody>
      </Table>
      <p className="text-xs text-muted-foreground">* follows the project default ({board.defaultAnnotatorsPerArticle}); change it in Settings.</p>
    </div>
  );
}
