import { AppError } from "@/lib/errors/app-error";

// The refusal of a correction made on a text that is no longer current:
// someone else saved a correction meanwhile, and saving this one would undo
// theirs unseen.
export function staleRevisionError(currentRevision: number, baseRevision: number): AppError {
  return new AppError(
    "CONFLICT",
    `Someone else corrected this article meanwhile: it is now at revision ${currentRevision}, and you edited revision ${baseRevision}. Your correction was not saved; reload the current text and make it again.`,
    { currentRevision },
  );
}
