import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ImportOptions } from "./load-import-context";

// Keeping a file's authors or review states writes what the API lets no one
// write for themselves (work attributed to a colleague, verdicts already
// given), so only an owner may choose it, explicitly, per import.
export function assertImportOptions(role: Role, options: ImportOptions): void {
  if ((options.keepAuthors || options.keepReviewStates) && !can(role, "project.manage")) {
    throw new AppError("FORBIDDEN", "Only owners can keep the file's authors or review states; import without those options.");
  }
}
