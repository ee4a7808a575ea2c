import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// The one way data functions read their input: a value that fails its schema
// is a 400 naming the first problem (the schema's own message, meant for
// people), before any row is read or written. The issues stay on the error
// for logs; the response shows only the message.
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fallback = "Invalid request."): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? fallback, parsed.error.issues);
  return parsed.data;
}
