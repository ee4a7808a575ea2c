import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { updateAssignmentSettings } from "@/lib/server/assignment/update-assignment-settings";

type Context = { params: Promise<{ slug: string }> };

// PATCH { blindAnnotation?, defaultAnnotatorsPerArticle? } → AssignmentSettings
export const PATCH = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await updateAssignmentSettings(access, await readJsonBody(request)));
});
