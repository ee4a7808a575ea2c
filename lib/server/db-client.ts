import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Server functions accept either the global client or a transaction, so a
// caller can compose several of them atomically.
export type DbClient = PrismaClient | Prisma.TransactionClient;
