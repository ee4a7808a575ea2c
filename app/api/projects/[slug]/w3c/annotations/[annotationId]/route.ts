import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { readJsonLdBody } from "@/lib/http/read-json-ld-body";
import { routeHandler } from "@/lib/http/route-handler";
import type { ProjectAction } from "@/lib/auth/permissions";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { findW3cAnnotations } from "@/lib/server/w3c/find-w3c-annotations";
import { replaceW3cAnnotation } from "@/lib/server/w3c/replace-w3c-annotation";
import { acceptsJsonLd } from "@/lib/w3c/accepts-json-ld";
import { ifMatchAllows } from "@/lib/w3c/if-match-allows";
import { annotationHeaders } from "@/lib/w3c/protocol-headers";
import { strongEtag } from "@/lib/w3c/strong-etag";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// One annotation of the W3C container (docs/w3c-protocol.md), with a strong
// ETag over its bytes. PUT needs If-Match (428 without, 412 when it names
// another state); DELETE honours it when sent. Writes go through
// updateAnnotation / deleteAnnotation, so annotators change only their own.
export const GET = routeHandler(async (request, context: Context) => {
  if (!acceptsJsonLd(request.headers.get("accept"))) return notAcceptable();
  const { body, etag } = await current(request, context);
  return new Response(body, { status: 200, headers: { ...annotationHeaders(), ETag: etag } });
});

export const HEAD = routeHandler(async (request, context: Context) => {
  if (!acceptsJsonLd(request.headers.get("accept"))) return notAcceptable();
  const { etag } = await current(request, context);
  return new Response(null, { status: 200, headers: { ...annotationHeaders(), ETag: etag } });
});

export const OPTIONS = routeHandler(async (request, context: Context) => {
  await current(request, context);
  const { "Content-Type": _type, ...headers } = annotationHeaders();
  return new Response(null, { status: 200, headers });
});

export const PUT = routeHandler(async (request, context: Context) => {
  const stored = await current(request, context, "annotations.create");
  const condition = ifMatchAllows(request.headers.get("if-match"), stored.etag);
  if (condition === "missing") return problem(428, "PRECONDITION_REQUIRED", "Send If-Match with the ETag of the annotation you edited (GET it first).");
  if (condition === "mismatch") return problem(412, "PRECONDITION_FAILED", "The annotation has changed since that ETag: GET it again and reapply your change.");
  const body = await readJsonLdBody(request);
  if (typeof body === "object" && body !== null && "id" in body && body.id !== stored.iri) {
    throw new AppError("BAD_REQUEST", "The annotation's id must be the IRI it is PUT to.");
  }
  try {
    await replaceW3cAnnotation(stored.access, stored.baseUrl, stored.annotationId, stored.version, body);
  } catch (error) {
    if (isVersionConflict(error)) return problem(412, "PRECONDITION_FAILED", "The annotation changed while it was being replaced: GET it again.");
    throw error;
  }
  const after = await current(request, context);
  return new Response(after.body, { status: 200, headers: { ...annotationHeaders(), ETag: after.etag } });
});

export const DELETE = routeHandler(async (request, context: Context) => {
  const stored = await current(request, context, "annotations.create");
  const header = request.headers.get("if-match");
  if (ifMatchAllows(header, stored.etag) === "mismatch") {
    return problem(412, "PRECONDITION_FAILED", "The annotation has changed since that ETag: GET it again.");
  }
  try {
    await deleteAnnotation(stored.access, stored.annotationId, { version: stored.version });
  } catch (error) {
    if (header !== null && isVersionConflict(error)) return problem(412, "PRECONDITION_FAILED", "The annotation changed meanwhile: GET it again.");
    throw error;
  }
  return new Response(null, { status: 204 });
});

// The annotation as this caller may read it (404 when it is not in their
// container: deleted, orphaned, on an old revision, or hidden by blind
// annotation), with the access the action needs.
async function current(request: Request, context: Context, action: ProjectAction = "project.view") {
  const principal = await authenticateApiRequest(request);
  const { slug, annotationId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug, action);
  const baseUrl = publicBaseUrl(request);
  const found = await findW3cAnnotations(db, access, baseUrl, { annotationId });
  const item = found.items[0];
  if (!item) throw new AppError("NOT_FOUND", "Annotation not found.");
  const body = JSON.stringify(item.annotation);
  return { access, baseUrl, annotationId, version: item.version, iri: item.annotation.id, body, etag: strongEtag(body) };
}

// A stale-version CONFLICT carries the stored state (annotationConflict); other conflicts (a changed text) do not.
function isVersionConflict(error: unknown): boolean {
  return isAppError(error) && error.code === "CONFLICT" && typeof error.details === "object" && error.details !== null && "current" in error.details;
}

function problem(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { Vary: "Accept" } });
}

function notAcceptable(): Response {
  return problem(406, "NOT_ACCEPTABLE", 'This server answers application/ld+json; profile="http://www.w3.org/ns/anno.jsonld" only.');
}
