import { NextResponse } from "next/server";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { env } from "@/lib/env";
import { readJsonBody } from "@/lib/http/read-json-body";
import { routeHandler } from "@/lib/http/route-handler";
import { startExportJob } from "@/lib/server/background-job/start-export-job";

type Context = { params: Promise<{ slug: string }> };

// POST { query: { format, …filters } } (the streaming export's options) →
// 202 { job: { id } }: the export is written to a file in the background;
// GET jobs/<id> follows it and jobs/<id>/file downloads it.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "dataset.export");
  const body = await readJsonBody(request, 64 * 1024);
  // Ids in exports are built on the public address, as the streaming export does.
  const job = await startExportJob(access, body, env().NEXTAUTH_URL ?? new URL(request.url).origin);
  return NextResponse.json({ job }, { status: 202 });
});
