import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { updateComment } from "@/lib/server/comment/update-comment";
import { deleteComment } from "@/lib/server/comment/delete-comment";

type Context = { params: Promise<{ slug: string; annotationId: string; commentId: string }> };

// PATCH { body } → { comment: CommentDTO }; only the author
export const PATCH = routeHandler(async (request, context: Context) => {
  const { slug, annotationId, commentId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const comment = await updateComment(access, annotationId, commentId, await readJsonBody(request, 100_000));
  return NextResponse.json({ comment });
});

// DELETE → { comment: CommentDTO } (soft-deleted); only the author
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, annotationId, commentId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const comment = await deleteComment(access, annotationId, commentId);
  return NextResponse.json({ comment });
});
