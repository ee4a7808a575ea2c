import Link from "next/link";
import type { EntityPageClaim } from "@/lib/server/entity/get-entity-page";
import { entityRoleLabels } from "@/components/editor/panel/entity-role-labels";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { annotationHref } from "./annotation-href";

// Every claim that involves the entity, with the role it plays there.
export function EntityClaimsTable({ projectSlug, claims }: { projectSlug: string; claims: EntityPageClaim[] }) {
  if (claims.length === 0) return <p className="text-sm text-muted-foreground">No claim you can see involves it.</p>;
  return (
    <Table aria-label="Claims">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Claim</TableHead>
          <TableHead scope="col">Role</TableHead>
          <TableHead scope="col">Article</TableHead>
          <TableHead scope="col">Status</TableHead>
          <TableHead scope="col">Cluster</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {claims.map((claim) => (
          <TableRow key={claim.id} data-claim-id={claim.id}>
            <TableCell className="max-w-md whitespace-normal">
              <Link className="underline-offset-2 hover:underline" href={annotationHref(projectSlug, claim.article.id, claim.id)}>
                {claim.exact}
              </Link>
            </TableCell>
            <TableCell>{claim.roles.map((role) => entityRoleLabels[role].name).join(", ")}</TableCell>
            <TableCell className="whitespace-normal">{claim.article.outlet ? `${claim.article.outlet}: ${claim.article.title}` : claim.article.title}</TableCell>
            <TableCell>{claim.status ?? "—"}</TableCell>
            <TableCell className="whitespace-normal">
              {claim.cluster ? (
                <Link className="underline" href={`/projects/${encodeURIComponent(projectSlug)}/clusters/${encodeURIComponent(claim.cluster.id)}`}>
                  {claim.cluster.title}
                </Link>
              ) : (
                "—"
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
