import { z } from "zod";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";

// What an "entity.merge" audit row holds, enough to undo the merge exactly:
// both entities before and after, and every row that moved, by id. A claim
// that linked both entities in the same role keeps the target's link; the
// source's link is deleted and kept here whole so undo can recreate it as it
// was (same id and creation time, so the claim lists its links in the same
// order).
export type CollapsedClaimLink = { id: string; claimId: string; role: "CLAIMANT" | "SUBJECT" | "OBJECT" | "PLACE" | "OTHER"; mentionId: string | null; createdAt: string };

export type EntityMergeMoves = { mentionIds: string[]; claimLinkIds: string[]; collapsedClaimLinks: CollapsedClaimLink[] };

export type EntityMergeBefore = { target: EntityDTO; source: EntityDTO };
export type EntityMergeAfter = { target: EntityDTO; source: EntityDTO; moved: EntityMergeMoves };

const entity = z.object({
  id: z.string(),
  typeId: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string(),
  externalId: z.string().nullable(),
  version: z.number(),
});

const moves = z.object({
  mentionIds: z.array(z.string()),
  claimLinkIds: z.array(z.string()),
  collapsedClaimLinks: z.array(
    z.object({
      id: z.string(),
      claimId: z.string(),
      role: z.enum(["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"]),
      mentionId: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const entityMergeBeforeSchema = z.object({ target: entity, source: entity });
export const entityMergeAfterSchema = z.object({ target: entity, source: entity, moved: moves });
