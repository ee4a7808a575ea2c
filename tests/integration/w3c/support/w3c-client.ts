import * as annotationRoute from "@/app/api/projects/[slug]/w3c/annotations/[annotationId]/route";
import * as containerRoute from "@/app/api/projects/[slug]/w3c/annotations/route";
import * as annotatorRoute from "@/app/api/projects/[slug]/w3c/annotators/[annotatorId]/route";
import * as revisionRoute from "@/app/api/projects/[slug]/w3c/articles/[articleId]/revisions/[revision]/route";
import * as entityRoute from "@/app/api/projects/[slug]/w3c/entities/[entityId]/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "DELETE";

// The handlers the protocol's IRIs reach, chosen as Next's router would from
// the IRI's path (whatever its origin), so a test can follow any IRI the
// server or the export wrote.
function route(iri: string): { module: Record<string, unknown>; params: Record<string, string> } | null {
  const path = new URL(iri).pathname.split("/").map(decodeURIComponent);
  // ["", "api", "projects", slug, "w3c", ...rest]
  if (path[1] !== "api" || path[2] !== "projects" || path[4] !== "w3c") return null;
  const slug = path[3]!;
  const rest = path.slice(5);
  if (rest.length === 1 && rest[0] === "annotations") return { module: containerRoute, params: { slug } };
  if (rest.length === 2 && rest[0] === "annotations") return { module: annotationRoute, params: { slug, annotationId: rest[1]! } };
  if (rest.length === 2 && rest[0] === "annotators") return { module: annotatorRoute, params: { slug, annotatorId: rest[1]! } };
  if (rest.length === 2 && rest[0] === "entities") return { module: entityRoute, params: { slug, entityId: rest[1]! } };
  if (rest.length === 4 && rest[0] === "articles" && rest[2] === "revisions") return { module: revisionRoute, params: { slug, articleId: rest[1]!, revision: rest[3]! } };
  return null;
}

export type W3cRequest = { token: string; headers?: Record<string, string>; body?: unknown };

/** Sends `method` to the IRI's route handler with a Bearer token; 404 for an IRI no route serves. */
export async function w3cRequest(method: Method, iri: string, { token, headers = {}, body }: W3cRequest): Promise<Response> {
  const found = route(iri);
  const handler = found?.module[method] as Handler | undefined;
  if (!found || !handler) return new Response(null, { status: found ? 405 : 404 });
  const request = new Request(iri, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve(found.params) });
}
