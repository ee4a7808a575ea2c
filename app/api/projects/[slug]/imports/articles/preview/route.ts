import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { previewArticleImport } from "@/lib/server/article-import/preview-article-import";

type Context = { params: Promise<{ slug: string }> };

// Parses files into articles for review; saves nothing.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  return NextResponse.json(await previewArticleImport(access, body));
});
