import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { markNotificationsRead } from "@/lib/server/notification/mark-notifications-read";

// POST { ids: [...] } | { all: true } → { updated, unread }
export const POST = routeHandler(async (request) => {
  const principal = await authenticateApiRequest(request);
  return NextResponse.json(await markNotificationsRead(principal.user.id, await readJsonBody(request), principal.tokenProjectId));
});
