import { NextResponse } from "next/server";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { routeHandler } from "@/lib/http/route-handler";
import { toBackgroundJobDTO } from "@/lib/server/background-job/background-job-dto";
import { getBackgroundJob } from "@/lib/server/background-job/get-background-job";

type Context = { params: Promise<{ slug: string; jobId: string }> };

// GET → { job }: state, progress (done of total), attempts, error, result.
// Only the person who started the job sees it (others get 404).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, jobId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const job = await getBackgroundJob(access, jobId);
  return NextResponse.json({ job: toBackgroundJobDTO(job) }, { headers: { "Cache-Control": "no-store" } });
});
