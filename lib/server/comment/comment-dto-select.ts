import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentDTO, MentionableMember } from "@/lib/review/review-dto";
import { splitMentions } from "@/lib/server/comment/split-mentions";

export const commentDtoSelect = {
  id: true,
  parentId: true,
  body: true,
  mentions: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentDtoSelect }>;

// A deleted comment keeps its place (its replies hang under it) but not its words.
export function toCommentDTO(row: CommentRow, members: readonly MentionableMember[]): CommentDTO {
  const deleted = row.deletedAt !== null;
  const mentioned = members.filter((m) => row.mentions.includes(m.id));
  return {
    id: row.id,
    parentId: row.parentId,
    author: { id: row.author.id, name: row.author.name },
    body: deleted ? "" : row.body,
    segments: deleted ? [] : splitMentions(row.body, mentioned),
    mentions: deleted ? [] : row.mentions,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    edited: !deleted && row.updatedAt.getTime() - row.createdAt.getTime() > 1000,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
