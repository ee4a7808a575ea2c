// Blocks of the canonical text are separated by exactly one blank line. The
// separator is two characters long, which is also how many ProseMirror
// positions lie between the end of one textblock's content and the start of
// the next (its close token and the next block's open token); the offset
// mapping relies on that equality.
export const BLOCK_SEPARATOR = "\n\n";
