import type { Role } from "@/lib/generated/prisma/enums";

// Blind annotation: in a blind project an annotator sees only their own
// annotations on an article until they have submitted their assignment on
// it. This holds for annotators without an assignment too, so nobody can
// read colleagues' tags by simply not being assigned. Reviewers and owners
// always see everything (they judge the work); viewers read finished data.
export function isBlinded(input: { blindAnnotation: boolean; role: Role; submitted: boolean }): boolean {
  return input.blindAnnotation && input.role === "ANNOTATOR" && !input.submitted;
}
