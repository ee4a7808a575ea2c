import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listMyQueue } from "@/lib/server/assignment/list-my-queue";

type Context = { params: Promise<{ slug: string }> };

// GET → { queue: QueueItem[] }: the caller's own assignments
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ queue: await listMyQueue(access) });
});
