import { db } from "@/lib/db";
import type { SearchFacets } from "@/lib/search/search-hit";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

// What the search dialog's filters offer: the project's members (the
// annotator filter), outlets and verification statuses. Asked for once when
// the dialog opens (?facets=1), not with every keystroke.
export async function listSearchFacets(access: ProjectAccess): Promise<SearchFacets> {
  const projectId = access.project.id;
  const [members, outlets, statuses] = await Promise.all([
    db.membership.findMany({ where: { projectId }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
    db.article.findMany({ where: { projectId, deletedAt: null, outlet: { not: "" } }, distinct: ["outlet"], select: { outlet: true }, orderBy: { outlet: "asc" }, take: 200 }),
    db.label.findMany({ where: { projectId, kind: "VERIFICATION_STATUS", archivedAt: null }, select: { key: true, name: true }, orderBy: { position: "asc" } }),
  ]);
  return {
    annotators: members.map((m) => m.user),
    outlets: outlets.map((o) => o.outlet),
    statuses,
  };
}
