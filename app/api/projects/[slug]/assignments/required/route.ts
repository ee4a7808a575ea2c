import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { setRequiredAnnotators } from "@/lib/server/assignment/set-required-annotators";

type Context = { params: Promise<{ slug: string }> };

// PUT { articleIds, required: number | null } → { updated }
export const PUT = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await setRequiredAnnotators(access, await readJsonBody(request)));
});
