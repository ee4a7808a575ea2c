import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { routeHandler } from "@/lib/http/route-handler";
import { findW3cAnnotator } from "@/lib/server/w3c/find-w3c-annotator";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/w3c/protocol-headers";
import { strongEtag } from "@/lib/w3c/strong-etag";

type Context = { params: Promise<{ slug: string; annotatorId: string }> };

// The `creator` IRI of W3C annotations (docs/w3c-protocol.md): a Person, by user id or pseudonym.
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, annotatorId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const body = JSON.stringify(await findW3cAnnotator(db, access, publicBaseUrl(request), annotatorId));
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": ANNOTATION_MEDIA_TYPE, ETag: strongEtag(body), Vary: "Accept", "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" },
  });
});
