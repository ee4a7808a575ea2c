import type { Metadata } from "next";
import Link from "next/link";
import { entityPageHref } from "@/lib/entities/entity-page-href";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { listEntityRegistry } from "@/lib/server/entity/list-entity-registry";
import { listLabels } from "@/lib/server/label/list-labels";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeEntityUse } from "@/lib/server/entity/describe-entity-use";
import { DeleteEntityButton } from "./_components/delete-entity-button";

export const metadata: Metadata = { title: "Entities" };

type Props = { params: Promise<{ slug: string }> };

// The project's entity registry: every member sees it; reviewers and owners
// delete entries (duplicates, typos) that nothing uses any more. Entities are
// created and linked from the claim panel in the editor.
export default async function EntitiesPage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug, "annotations.editAny");
  const { project, allowed: canDelete } = access;
  const [{ rows, total }, labels] = await Promise.all([listEntityRegistry(access), listLabels(access)]);
  const typeName = new Map(labels.filter((l) => l.kind === "ENTITY_TYPE").map((l) => [l.id, l.name]));

  return (
    <PageContainer className="space-y-6">
      <PageHeader
        title="Entities"
        description={`People, organisations and places that claims in ${project.name} are about. New entities are added from the claim panel while annotating; open one to see all its mentions and claims, and to merge or split it.`}
      />
      <Card>
        <CardContent className="pt-6">
          {rows.length === 0 ? (
            <p className="py-6 text-center text-sm text-muted-foreground">No entities yet. Link one from a claim&apos;s panel in any article.</p>
          ) : (
            <Table aria-label="Entities">
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Name</TableHead>
                  <TableHead scope="col">Type</TableHead>
                  <TableHead scope="col">External id</TableHead>
                  <TableHead scope="col">Used by</TableHead>
                  {canDelete ? <TableHead scope="col"><span className="sr-only">Actions</span></TableHead> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((entity) => {
                  const used = entity.uses.mentions + entity.uses.claims > 0;
                  return (
                    <TableRow key={entity.id} data-entity-id={entity.id}>
                      <TableCell>
                        <Link className="font-medium underline-offset-2 hover:underline" href={entityPageHref(project.slug, entity.id)}>
                          {entity.name}
                        </Link>
                        {entity.aliases.length > 0 ? <span className="block text-xs text-muted-foreground">also {entity.aliases.join(", ")}</span> : null}
                      </TableCell>
                      <TableCell>{typeName.get(entity.typeId) ?? "—"}</TableCell>
                      <TableCell className="font-mono text-xs">{entity.externalId ?? "—"}</TableCell>
                      <TableCell className="text-sm">{used ? describeEntityUse(entity.uses.mentions, entity.uses.claims) : "Nothing"}</TableCell>
                      {canDelete ? (
                        <TableCell className="text-right">
                          <DeleteEntityButton projectSlug={project.slug} entity={entity} usedBy={used ? describeEntityUse(entity.uses.mentions, entity.uses.claims) : null} />
                        </TableCell>
                      ) : null}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          {total > rows.length ? (
            <p className="pt-3 text-xs text-muted-foreground">
              Showing the first {rows.length.toLocaleString("en")} of {total.toLocaleString("en")} entities, alphabetically.
            </p>
          ) : null}
        </CardContent>
      </Card>
    </PageContainer>
  );
}
