import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { listNotifications } from "@/lib/server/notification/list-notifications";
import { countUnreadNotifications } from "@/lib/server/notification/count-unread-notifications";

// GET → InboxBody (a token bound to one project sees that project's only); GET ?count=unread → { unread } (the header badge's cheap poll)
export const GET = routeHandler(async (request) => {
  const principal = await authenticateApiRequest(request);
  if (new URL(request.url).searchParams.get("count") === "unread") {
    return NextResponse.json({ unread: await countUnreadNotifications(principal.user.id, principal.tokenProjectId) });
  }
  return NextResponse.json(await listNotifications(principal.user.id, principal.tokenProjectId));
});
