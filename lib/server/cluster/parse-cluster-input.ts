import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// Input that fails its schema is a 400 naming the first problem, before any
// row is read or written.
export function parseClusterInput<S extends z.ZodType>(schema: S, input: unknown, fallback: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? fallback, parsed.error.issues);
  return parsed.data;
}
