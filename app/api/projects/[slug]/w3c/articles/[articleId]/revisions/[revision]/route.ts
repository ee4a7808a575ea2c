import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/http/route-handler";
import { findW3cArticleRevision } from "@/lib/server/w3c/find-w3c-article-revision";
import { strongEtag } from "@/lib/w3c/strong-etag";

type Context = { params: Promise<{ slug: string; articleId: string; revision: string }> };

// The text a W3C annotation's target `source` names (docs/w3c-protocol.md):
// one article revision as plain text, which its selectors index in code
// points. Readable by any member, as the revision history is.
export const GET = routeHandler((request, context: Context) => read(request, context, true));
export const HEAD = routeHandler((request, context: Context) => read(request, context, false));

async function read(request: Request, context: Context, withBody: boolean): Promise<Response> {
  const { slug, articleId, revision } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  if (!/^[1-9][0-9]{0,8}$/.test(revision)) throw new AppError("NOT_FOUND", "Article revision not found.");
  const { text } = await findW3cArticleRevision(db, access, articleId, Number(revision));
  return new Response(withBody ? text : null, {
    status: 200,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      ETag: strongEtag(text),
      Allow: "GET, HEAD",
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
