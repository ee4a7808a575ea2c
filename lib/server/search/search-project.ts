import { db } from "@/lib/db";
import type { SearchResponse } from "@/lib/search/search-hit";
import { planSearchKinds } from "@/lib/search/plan-search";
import { isBlinded } from "@/lib/workflow/is-blinded";
import { searchQuerySchema } from "@/lib/validations/search";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import type { DbClient } from "@/lib/server/db-client";
import { findSearchHits } from "./find-search-hits";
import { toSearchHit } from "./to-search-hit";
import { parseInput } from "@/lib/validations/parse-input";

const DEFAULT_LIMIT = 20;

// Full-text search over one project: articles, claims, notes, entities,
// evidence and comments, best first, with highlighted snippets. Every member
// may search; what they find is what they may read elsewhere: in a blind
// project an annotator finds colleagues' claims, notes, evidence and
// comments only on articles where they have submitted their own work.
// `client`: the benchmark's own connection (scripts/bench/search.ts).
export async function searchProject(access: ProjectAccess, input: unknown, client: DbClient = db): Promise<SearchResponse> {
  const query = parseInput(searchQuerySchema, input, "Invalid search.");
  const blind = isBlinded({ blindAnnotation: access.project.blindAnnotation, role: access.role, submitted: false });
  const scope = { projectId: access.project.id, blindUserId: blind ? access.userId : null };
  const rows = await findSearchHits(client, scope, query, planSearchKinds(query), query.limit ?? DEFAULT_LIMIT);
  return { hits: rows.map((row) => toSearchHit(access.project.slug, row)) };
}
