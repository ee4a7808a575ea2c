import type { ShellRole } from "./types";

const labels: Record<ShellRole, string> = {
  OWNER: "Owner",
  REVIEWER: "Reviewer",
  ANNOTATOR: "Annotator",
  VIEWER: "Viewer",
};

/** Human-readable project role, for menus and member lists. */
export function roleLabel(role: ShellRole): string {
  return labels[role];
}
