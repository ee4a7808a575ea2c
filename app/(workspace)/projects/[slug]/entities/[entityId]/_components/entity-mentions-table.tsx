import Link from "next/link";
import type { EntityPageMention } from "@/lib/server/entity/get-entity-page";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { annotationHref } from "./annotation-href";

// Every mention of the entity, each opening its article at the mention.
export function EntityMentionsTable({ projectSlug, mentions }: { projectSlug: string; mentions: EntityPageMention[] }) {
  if (mentions.length === 0) return <p className="text-sm text-muted-foreground">No mention you can see.</p>;
  return (
    <Table aria-label="Mentions">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Words</TableHead>
          <TableHead scope="col">Article</TableHead>
          <TableHead scope="col">Marked by</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mentions.map((mention) => (
          <TableRow key={mention.id} data-mention-id={mention.id}>
            <TableCell>
              <Link className="underline-offset-2 hover:underline" href={annotationHref(projectSlug, mention.article.id, mention.id)}>
                {mention.exact}
              </Link>
            </TableCell>
            <TableCell className="whitespace-normal">{mention.article.outlet ? `${mention.article.outlet}: ${mention.article.title}` : mention.article.title}</TableCell>
            <TableCell>{mention.author}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
