import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listLabels } from "@/lib/server/label/list-labels";

type Context = { params: Promise<{ slug: string }> };

// GET → { labels: [{ id, kind, key, name, color, description, rating, hotkey }] }, the
// project's labels that are not archived, by kind and position (for the editor).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ labels: await listLabels(access) });
});
