import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

export const COMMENT_BODY_MAX = 10_000;

const bodySchema = safeString({ error: "body must be text." })
  .trim()
  .min(1, "Write something before posting.")
  .max(COMMENT_BODY_MAX, `body must be at most ${COMMENT_BODY_MAX.toLocaleString("en")} characters.`);

const strict = (shape: string) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ")}.` : `Send ${shape}.`,
});

export const createCommentSchema = z.strictObject(
  { body: bodySchema, parentId: safeString().min(1, "parentId must be a comment id.").max(64).nullable().default(null) },
  strict("{ body, parentId? }"),
);

export const updateCommentSchema = z.strictObject({ body: bodySchema }, strict("{ body }"));
