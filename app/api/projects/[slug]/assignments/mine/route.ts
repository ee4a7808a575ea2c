import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listMyQueue } from "@/lib/server/assignment/list-my-queue";

type Context = { params: Promise<{ slug: string }> };

// GET → { queue: QueueItem[] }: the caller's own assignments
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json({ queue: await listMyQueue(access) });
});
