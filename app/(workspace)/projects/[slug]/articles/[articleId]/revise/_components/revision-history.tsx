import type { ArticleRevisionListItem } from "@/lib/server/article/list-article-revisions";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// The article's earlier texts, newest first, so the owner sees what was
// corrected before and by whom.
export function RevisionHistory({ revisions }: { revisions: ArticleRevisionListItem[] }) {
  if (revisions.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">History</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="divide-y text-sm" aria-label="Revisions of this article">
          {revisions.map((r) => (
            <li key={r.revision} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0">
              <span className="font-medium tabular-nums">Revision {r.revision}</span>
              {r.current ? <Badge variant="secondary">current</Badge> : null}
              <span className="text-muted-foreground">
                {dateTime.format(new Date(r.createdAt))} UTC{r.createdBy ? ` · ${r.createdBy.name}` : ""} · {r.characters.toLocaleString("en")} characters
              </span>
              {r.note ? <span className="basis-full">{r.note}</span> : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
