import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

export const projectSlugSchema = safeString()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(48, "Use at most 48 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens.");

export const newProjectSchema = z.object({
  name: safeString().trim().min(1, "Enter a project name.").max(120, "Name is too long."),
  slug: projectSlugSchema,
  description: safeString().trim().max(2000, "Description is too long.").default(""),
});

export type NewProjectInput = z.infer<typeof newProjectSchema>;

// A URL-safe slug suggestion from a project name ("Gaza – fact checks" → "gaza-fact-checks").
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}
