import type { Role } from "@/lib/generated/prisma/enums";

// What each project role may do. Pure data and functions so the server can
// enforce and the UI can mirror exactly the same rules.
export type ProjectAction =
  | "project.view"
  | "project.manage"
  | "members.manage"
  | "labels.manage"
  | "articles.import"
  | "articles.editText"
  | "articles.assign"
  | "annotations.create"
  | "annotations.editAny"
  | "comments.create"
  | "reviews.decide"
  | "gold.adjudicate"
  // Merging and splitting registry entities rewrites other people's mentions and claim links.
  | "entities.merge"
  | "dataset.export";

// Each role can do everything the role below it can, and more.
const viewer: ProjectAction[] = ["project.view", "dataset.export"];
const annotator: ProjectAction[] = [...viewer, "annotations.create", "comments.create"];
const reviewer: ProjectAction[] = [...annotator, "annotations.editAny", "reviews.decide", "gold.adjudicate", "articles.import", "entities.merge"];
const owner: ProjectAction[] = [
  ...reviewer,
  "articles.editText",
  "articles.assign",
  "members.manage",
  "labels.manage",
  "project.manage",
];

const allowed: Record<Role, ReadonlySet<ProjectAction>> = {
  VIEWER: new Set(viewer),
  ANNOTATOR: new Set(annotator),
  REVIEWER: new Set(reviewer),
  OWNER: new Set(owner),
};

export function can(role: Role | null | undefined, action: ProjectAction): boolean {
  if (!role) return false;
  return allowed[role].has(action);
}

// Annotators edit their own annotations; reviewers and owners edit anyone's.
export function canEditAnnotation(role: Role | null | undefined, userId: string, authorId: string): boolean {
  if (!role) return false;
  if (can(role, "annotations.editAny")) return true;
  return can(role, "annotations.create") && userId === authorId;
}

export const roleOrder: readonly Role[] = ["OWNER", "REVIEWER", "ANNOTATOR", "VIEWER"];

export const roleLabels: Record<Role, string> = {
  OWNER: "Owner",
  REVIEWER: "Reviewer",
  ANNOTATOR: "Annotator",
  VIEWER: "Viewer",
};
