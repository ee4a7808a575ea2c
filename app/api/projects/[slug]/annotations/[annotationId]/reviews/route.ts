import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listAnnotationReviews } from "@/lib/server/review/list-annotation-reviews";
import { decideReview } from "@/lib/server/review/decide-review";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// GET → ReviewsBody
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await listAnnotationReviews(access, annotationId));
});

// POST DecideReviewInput → 201 { review: ReviewDTO }; annotators and viewers 403; stale version → 409 ConflictBody
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const review = await decideReview(access, annotationId, await readJsonBody(request));
  return NextResponse.json({ review }, { status: 201 });
});
