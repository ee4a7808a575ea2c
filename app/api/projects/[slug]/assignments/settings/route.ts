import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { updateAssignmentSettings } from "@/lib/server/assignment/update-assignment-settings";

type Context = { params: Promise<{ slug: string }> };

// PATCH { blindAnnotation?, defaultAnnotatorsPerArticle? } → AssignmentSettings
export const PATCH = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await updateAssignmentSettings(access, await readJsonBody(request)));
});
