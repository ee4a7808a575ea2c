import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { routeHandler } from "@/lib/http/route-handler";
import { openExportFile } from "@/lib/server/background-job/open-export-file";

type Context = { params: Promise<{ slug: string; jobId: string }> };

// GET → the file of a completed background export, as an attachment (its
// starter only, with export rights now; 409 while it is being prepared).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, jobId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "dataset.export");
  const file = await openExportFile(access, jobId);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes),
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
