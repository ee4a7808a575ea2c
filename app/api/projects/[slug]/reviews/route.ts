import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { queueFiltersFromSearch } from "@/lib/validations/review";

type Context = { params: Promise<{ slug: string }> };

// GET ?articleId&authorId&kind&statusId&reviewState(=PENDING|…|ANY)&from&to → ReviewQueue
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await listReviewQueue(access, queueFiltersFromSearch(search)));
});
