import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { queueFiltersFromSearch } from "@/lib/validations/review";

type Context = { params: Promise<{ slug: string }> };

// GET ?articleId&authorId&kind&statusId&reviewState(=PENDING|…|ANY)&from&to → ReviewQueue
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await listReviewQueue(access, queueFiltersFromSearch(search)));
});
