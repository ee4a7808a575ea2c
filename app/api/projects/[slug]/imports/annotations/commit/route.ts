import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { commitAnnotationImport } from "@/lib/server/annotation-import/commit-annotation-import";

type Context = { params: Promise<{ slug: string }> };

// Saves the import in one transaction; 400 with the items' errors or the
// unmapped labels when nothing could be saved.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  const result = await commitAnnotationImport(access, body);
  if (!result.saved) {
    const message =
      result.unknownLabels.length > 0
        ? `${result.unknownLabels.length} label(s) are not in this project; map each to a label, create it, or skip it. Nothing was saved.`
        : `${result.errors.length} item(s) could not be imported; nothing was saved. Fix them, or import the good items only.`;
    return NextResponse.json({ error: { code: "BAD_REQUEST", message }, ...result }, { status: 400 });
  }
  return NextResponse.json(result, { status: result.createdAnnotations > 0 ? 201 : 200 });
});
