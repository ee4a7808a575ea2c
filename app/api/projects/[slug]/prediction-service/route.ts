import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { updatePredictionService } from "@/lib/server/project/update-prediction-service";

type Context = { params: Promise<{ slug: string }> };

// PUT { url, modelName } (both null: off) → { url, modelName }. Owners only.
export const PUT = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "project.manage");
  return NextResponse.json(await updatePredictionService(access, await readJsonBody(request)));
});
