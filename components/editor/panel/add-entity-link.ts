import type { ClaimEntityDTO, EntityRoleDTO } from "@/lib/annotations/annotation-dto";
import { entityRoles } from "@/components/editor/panel/entity-role-labels";

// Appends a link, or returns null when the entity already holds every role
// (the API refuses the same entity twice in one role). A taken preferred role
// falls to the first free one, so picking an entity again gives it a second role.
export function addEntityLink(
  links: readonly ClaimEntityDTO[],
  entityId: string,
  preferredRole: EntityRoleDTO,
  mentionId: string | null = null,
): ClaimEntityDTO[] | null {
  const taken = new Set(links.filter((link) => link.entityId === entityId).map((link) => link.role));
  const role = taken.has(preferredRole) ? entityRoles.find((candidate) => !taken.has(candidate)) : preferredRole;
  if (!role) return null;
  return [...links, { entityId, role, mentionId }];
}
