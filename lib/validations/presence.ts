import { z } from "zod";

// POST /api/projects/[slug]/articles/[articleId]/presence
export const presenceInputSchema = z.object({
  // The id the article's event stream sent in its `hello` event.
  connectionId: z.string().uuid(),
  selectedAnnotationId: z.string().min(1).max(64).nullable(),
});

export type PresenceInput = z.infer<typeof presenceInputSchema>;
