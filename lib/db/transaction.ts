import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { withAfterCommit } from "@/lib/realtime/after-commit";

/**
 * An interactive transaction on the app's database that runs the work queued
 * with afterCommit (live events on the in-process bus) once it has committed,
 * and never after a rollback. Every write that records live events goes
 * through here; `db.$transaction` itself does no such thing.
 */
export const transaction = ((...args: unknown[]) => {
  const run = withAfterCommit(db.$transaction.bind(db)) as (...a: unknown[]) => unknown;
  return run(...args);
}) as PrismaClient["$transaction"];
