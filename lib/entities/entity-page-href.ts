// The address of an entity's page in the workspace.
export function entityPageHref(projectSlug: string, entityId: string): string {
  return `/projects/${encodeURIComponent(projectSlug)}/entities/${encodeURIComponent(entityId)}`;
}
