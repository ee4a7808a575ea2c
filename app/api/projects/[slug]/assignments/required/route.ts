import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { setRequiredAnnotators } from "@/lib/server/assignment/set-required-annotators";

type Context = { params: Promise<{ slug: string }> };

// PUT { articleIds, required: number | null } → { updated }
export const PUT = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await setRequiredAnnotators(access, await readJsonBody(request)));
});
