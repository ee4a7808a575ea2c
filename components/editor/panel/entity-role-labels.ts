import type { EntityRoleDTO } from "@/lib/annotations/annotation-dto";

// Order is the order of the role menus: who speaks first, then what the claim is about.
export const entityRoles: readonly EntityRoleDTO[] = ["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"];

export const entityRoleLabels: Record<EntityRoleDTO, { name: string; hint: string }> = {
  CLAIMANT: { name: "Claimant", hint: "who makes the claim" },
  SUBJECT: { name: "Subject", hint: "who or what the claim is about" },
  OBJECT: { name: "Object", hint: "what the subject acts on" },
  PLACE: { name: "Place", hint: "where it happens" },
  OTHER: { name: "Other", hint: "otherwise involved" },
};
