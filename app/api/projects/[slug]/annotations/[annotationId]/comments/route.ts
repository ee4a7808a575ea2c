import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listComments } from "@/lib/server/comment/list-comments";
import { createComment } from "@/lib/server/comment/create-comment";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// GET → CommentsBody
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await listComments(access, annotationId));
});

// POST { body, parentId? } → 201 { comment: CommentDTO }; viewers 403
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const comment = await createComment(access, annotationId, await readJsonBody(request, 100_000));
  return NextResponse.json({ comment }, { status: 201 });
});
