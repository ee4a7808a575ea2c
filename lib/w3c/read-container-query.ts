import { z } from "zod";
import type { ContainerView } from "./annotation-container-pages";

export type ContainerQuery = { page: number | null; view: ContainerView | null };

const querySchema = z.strictObject(
  {
    page: z.string().regex(/^(0|[1-9][0-9]{0,8})$/, "page must be a whole number from 0.").optional(),
    iris: z.enum(["0", "1"], { error: "iris must be 0 or 1." }).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter: ${issue.keys.join(", ")}. The container takes page and iris.` : "Invalid query.") },
);

/**
 * The container's query: none (the container itself, shaped by Prefer), or
 * `page=N` with `iris=1` for the IRI view of its pages (the IRIs the
 * container writes, lib/w3c/annotation-container-pages.ts). Returns an error
 * message for anything else, for a 400.
 */
export function readContainerQuery(params: URLSearchParams): ContainerQuery | { error: string } {
  const entries = [...params.keys()];
  if (new Set(entries).size !== entries.length) return { error: "Give each parameter once." };
  const parsed = querySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid query." };
  const { page, iris } = parsed.data;
  if (page === undefined && iris !== undefined) return { error: "iris applies to pages: give page too." };
  return { page: page === undefined ? null : Number(page), view: page === undefined ? null : iris === "1" ? "iris" : "descriptions" };
}
