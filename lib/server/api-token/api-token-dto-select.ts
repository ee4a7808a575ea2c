import type { Prisma } from "@/lib/generated/prisma/client";

// What `toApiTokenDTO` reads, and nothing else (the hash stays in the database).
export const apiTokenDtoSelect = {
  id: true,
  name: true,
  prefix: true,
  project: { select: { slug: true, name: true } },
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} satisfies Prisma.ApiTokenSelect;

export type ApiTokenDtoRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenDtoSelect }>;
