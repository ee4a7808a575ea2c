import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { previewArticleImport } from "@/lib/server/article-import/preview-article-import";

type Context = { params: Promise<{ slug: string }> };

// Parses files into articles for review; saves nothing.
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  return NextResponse.json(await previewArticleImport(access, body));
});
