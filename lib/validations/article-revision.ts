import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { INT4_MAX } from "@/lib/validations/int4";

// A correction of an article's canonical text by a project owner (a new
// revision). Shared by the revise page and lib/server/article/*; messages are
// shown as-is by both, so they name what to fix.

// Code points, the unit every offset is counted in.
export const ARTICLE_TEXT_MAX = 2_000_000;
export const REVISION_NOTE_MAX = 500;

// C0/C1 control characters and DEL, except line feed and tab: they are
// invisible in the editor, and NUL cannot be stored in Postgres text at all.
const FORBIDDEN_CONTROL = /(?![\n\t])\p{Cc}/u;
// Half a surrogate pair (in u-mode a whole pair is one code point, so only a
// lone surrogate matches): Postgres would store U+FFFD in its place, and the
// stored text would no longer be the text offsets were computed on.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The canonical form of a corrected text: line endings as "\n" (a textarea
 * submits "\r\n"), and no blank lines at the very start or end, as the
 * importer leaves them. Inner text, spaces inside lines included, is kept
 * exactly: annotation offsets are computed on it.
 */
export function normalizeArticleText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .replace(/(?:\n[ \t]*)+$/, "");
}

function codePointOffset(text: string, utf16Index: number): number {
  return Array.from(text.slice(0, utf16Index)).length;
}

function describeCodePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export const articleTextSchema = safeString({ error: "text must be the article's full text." })
  .transform(normalizeArticleText)
  .superRefine((text, ctx) => {
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", message: "The text is empty: an article needs some text." });
      return;
    }
    const length = Array.from(text).length;
    if (length > ARTICLE_TEXT_MAX) {
      ctx.addIssue({
        code: "custom",
        message: `The text is ${length.toLocaleString("en")} characters long; the limit is ${ARTICLE_TEXT_MAX.toLocaleString("en")}.`,
      });
      return;
    }
    const control = FORBIDDEN_CONTROL.exec(text);
    if (control) {
      ctx.addIssue({
        code: "custom",
        message: `The text contains an invisible control character (${describeCodePoint(control[0])}) at character ${(codePointOffset(text, control.index) + 1).toLocaleString("en")}; remove it. Only line breaks and tabs are allowed.`,
      });
      return;
    }
    const surrogate = LONE_SURROGATE.exec(text);
    if (surrogate) {
      ctx.addIssue({
        code: "custom",
        message: `The text contains a broken character (half of a surrogate pair) at character ${(codePointOffset(text, surrogate.index) + 1).toLocaleString("en")}; retype it.`,
      });
    }
  });

export const revisionNoteSchema = safeString({ error: "note must be text." })
  .trim()
  .max(REVISION_NOTE_MAX, `Use at most ${REVISION_NOTE_MAX} characters for the note.`);

export const baseRevisionSchema = z
  .number({ error: "baseRevision must be the revision number you corrected." })
  .int("baseRevision must be the revision number you corrected.")
  .min(1, "baseRevision must be the revision number you corrected.")
      .max(INT4_MAX, "baseRevision is larger than any stored baseRevision.");

// baseRevision: the revision the owner started from. The server refuses a
// correction of anything but the current revision (CONFLICT), so two owners
// never overwrite each other's corrections unseen.
export const reviseArticleTextSchema = z.strictObject(
  {
    baseRevision: baseRevisionSchema,
    text: articleTextSchema,
    note: revisionNoteSchema.default(""),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { baseRevision, text, note }.",
  },
);

export type ReviseArticleTextInput = z.input<typeof reviseArticleTextSchema>;
export type ReviseArticleTextValues = z.output<typeof reviseArticleTextSchema>;
