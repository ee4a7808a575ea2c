import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

// POST /api/projects/[slug]/articles/[articleId]/presence
export const presenceInputSchema = z.object({
  // The id the article's event stream sent in its `hello` event.
  connectionId: safeString().uuid(),
  selectedAnnotationId: safeString().min(1).max(64).nullable(),
});

export type PresenceInput = z.infer<typeof presenceInputSchema>;
