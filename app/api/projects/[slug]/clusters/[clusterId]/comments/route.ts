import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listClusterComments } from "@/lib/server/cluster/list-cluster-comments";
import { createClusterComment } from "@/lib/server/cluster/create-cluster-comment";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// GET → { comments: CommentDTO[] }
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ comments: await listClusterComments(access, clusterId) });
});

// POST { body, parentId? } → 201 { comment: CommentDTO }; @email mentions notify members
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const comment = await createClusterComment(access, clusterId, await readJsonBody(request));
  return NextResponse.json({ comment }, { status: 201 });
});
