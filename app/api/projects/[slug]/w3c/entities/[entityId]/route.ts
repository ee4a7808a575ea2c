import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { routeHandler } from "@/lib/http/route-handler";
import { findW3cEntity } from "@/lib/server/w3c/find-w3c-entity";
import { strongEtag } from "@/lib/w3c/strong-etag";

type Context = { params: Promise<{ slug: string; entityId: string }> };

// A project entity's IRI in W3C annotation bodies (docs/w3c-protocol.md): a schema.org Thing.
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const body = JSON.stringify(await findW3cEntity(db, access, publicBaseUrl(request), entityId));
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": "application/ld+json", ETag: strongEtag(body), Vary: "Accept", "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" },
  });
});
