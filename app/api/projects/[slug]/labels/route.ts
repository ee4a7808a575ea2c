import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listLabels } from "@/lib/server/label/list-labels";

type Context = { params: Promise<{ slug: string }> };

// GET → { labels: [{ id, kind, key, name, color, description, rating, hotkey }] }, the
// project's labels that are not archived, by kind and position (for the editor).
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json({ labels: await listLabels(access) });
});
