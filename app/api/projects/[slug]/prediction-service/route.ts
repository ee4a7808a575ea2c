import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { updatePredictionService } from "@/lib/server/project/update-prediction-service";

type Context = { params: Promise<{ slug: string }> };

// PUT { url, modelName } (both null: off) → { url, modelName }. Owners only.
export const PUT = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug, "project.manage");
  return NextResponse.json(await updatePredictionService(access, await readJsonBody(request)));
});
