import { AppError } from "@/lib/errors/app-error";
import { can, canEditAnnotation } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// Update, delete and restore share one rule (lib/auth/permissions.ts); this
// only words the refusal for the people who meet it.
export function assertCanEditAnnotation(role: Role, userId: string, authorId: string): void {
  if (canEditAnnotation(role, userId, authorId)) return;
  if (can(role, "annotations.create")) {
    throw new AppError("FORBIDDEN", "You can only change your own annotations; ask a reviewer to change a colleague's.");
  }
  throw new AppError("FORBIDDEN", "Your role in this project does not allow changing annotations.");
}
