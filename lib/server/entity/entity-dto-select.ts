import type { Prisma } from "@/lib/generated/prisma/client";

// Everything toEntityDTO reads, and nothing else.
export const entityDtoSelect = {
  id: true,
  typeId: true,
  name: true,
  aliases: true,
  description: true,
  externalId: true,
  version: true,
} satisfies Prisma.EntitySelect;

export type EntityDtoRow = Prisma.EntityGetPayload<{ select: typeof entityDtoSelect }>;
