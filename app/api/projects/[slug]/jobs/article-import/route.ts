import { NextResponse } from "next/server";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { routeHandler } from "@/lib/http/route-handler";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { startArticleImportJob } from "@/lib/server/background-job/start-article-import-job";

type Context = { params: Promise<{ slug: string }> };

// POST (the body of imports/articles/commit) → 202 { job: { id } }: the
// import runs in the background; GET jobs/<id> follows it.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  const job = await startArticleImportJob(access, body);
  return NextResponse.json({ job }, { status: 202 });
});
