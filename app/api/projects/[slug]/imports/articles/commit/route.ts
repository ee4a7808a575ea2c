import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { commitArticleImport } from "@/lib/server/article-import/commit-article-import";

type Context = { params: Promise<{ slug: string }> };

// Saves the chosen articles in one transaction. A batch with errors saves
// nothing (400 listing each item's error) unless importGoodItems is set.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  const result = await commitArticleImport(access, body);
  if (!result.saved) {
    const message = `${result.errors.length} item(s) could not be imported; nothing was saved. Fix them, or import the good items only.`;
    return NextResponse.json({ error: { code: "BAD_REQUEST", message }, ...result }, { status: 400 });
  }
  return NextResponse.json(result, { status: result.created.length > 0 ? 201 : 200 });
});
