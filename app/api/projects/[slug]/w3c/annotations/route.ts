import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { db } from "@/lib/db";
import { w3cIri } from "@/lib/export/w3c-iri";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { readJsonLdBody } from "@/lib/http/read-json-ld-body";
import { routeHandler } from "@/lib/http/route-handler";
import { createW3cAnnotation } from "@/lib/server/w3c/create-w3c-annotation";
import { findW3cAnnotations } from "@/lib/server/w3c/find-w3c-annotations";
import { acceptsJsonLd } from "@/lib/w3c/accepts-json-ld";
import { pageWindow, W3C_PAGE_SIZE } from "@/lib/w3c/annotation-container-pages";
import { buildW3cContainer, buildW3cPage, type PageContent } from "@/lib/w3c/build-w3c-container";
import { parsePrefer } from "@/lib/w3c/parse-prefer";
import { annotationHeaders, containerHeaders, pageHeaders } from "@/lib/w3c/protocol-headers";
import { readContainerQuery } from "@/lib/w3c/read-container-query";
import { strongEtag } from "@/lib/w3c/strong-etag";

type Context = { params: Promise<{ slug: string }> };

// The project's W3C Web Annotation Protocol container (docs/w3c-protocol.md).
// GET/HEAD: the container (Prefer: minimal, contained IRIs or descriptions)
// or ?page=N[&iris=1]; OPTIONS: its Allow/Accept-Post/Link; POST: create.
// Reads: session or token of a member; writes: annotators and up.
export const GET = routeHandler((request, context: Context) => read(request, context, true));
export const HEAD = routeHandler((request, context: Context) => read(request, context, false));

export const OPTIONS = routeHandler(async (request, context: Context) => {
  await requireApiProjectAccess(await authenticateApiRequest(request), (await context.params).slug);
  const { "Content-Type": _type, ...headers } = containerHeaders();
  return new Response(null, { status: 200, headers });
});

// POST a W3C annotation → 201, Location: its IRI, the annotation as stored.
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const access = await requireApiProjectAccess(principal, (await context.params).slug, "annotations.create");
  const baseUrl = publicBaseUrl(request);
  const created = await createW3cAnnotation(access, baseUrl, await readJsonLdBody(request));
  const location = w3cIri({ baseUrl }, access.project, "annotations", created.id);
  const found = await findW3cAnnotations(db, access, baseUrl, { annotationId: created.id });
  const item = found.items[0];
  // A new annotation is on the current text, so it is in the container; should it not be, the Location still names it.
  if (!item) return new Response(null, { status: 201, headers: { Location: location } });
  const body = JSON.stringify(item.annotation);
  return new Response(body, { status: 201, headers: { ...annotationHeaders(), Location: location, ETag: strongEtag(body) } });
});

async function read(request: Request, context: Context, withBody: boolean): Promise<Response> {
  const principal = await authenticateApiRequest(request);
  const access = await requireApiProjectAccess(principal, (await context.params).slug);
  if (!acceptsJsonLd(request.headers.get("accept"))) return problem(406, "NOT_ACCEPTABLE", 'This server answers application/ld+json; profile="http://www.w3.org/ns/anno.jsonld".');
  const query = readContainerQuery(new URL(request.url).searchParams);
  if ("error" in query) return problem(400, "BAD_REQUEST", query.error);
  const baseUrl = publicBaseUrl(request);
  const facts = { containerIri: w3cIri({ baseUrl }, access.project, "annotations"), label: access.project.name };
  // One window of the container: its annotations, total and neighbours; `limit` 0 reads the counts alone.
  const content = async (page: number, limit = W3C_PAGE_SIZE) => {
    const found = await findW3cAnnotations(db, access, baseUrl, { offset: page * W3C_PAGE_SIZE, limit });
    const window = pageWindow(found.total, page);
    return { ...found, window, annotations: found.items.map((i) => i.annotation) };
  };
  const shaped = (annotations: Array<Record<string, unknown>>, view: "iris" | "descriptions") =>
    view === "iris" ? annotations.map((a) => a.id) : annotations;

  let json: Record<string, unknown>;
  let headers: Record<string, string>;
  if (query.page === null) {
    const preference = parsePrefer(request.headers.get("prefer"));
    const first = await content(0, preference.minimal ? 0 : W3C_PAGE_SIZE);
    const page: PageContent = { items: shaped(first.annotations, preference.view), startIndex: 0, prev: null, next: first.window?.next ?? null };
    json = buildW3cContainer({ ...facts, total: first.total, modified: first.modified }, preference, page);
    headers = { ...containerHeaders(), ...(preference.applied ? { "Preference-Applied": "return=representation" } : {}) };
  } else {
    const view = query.view ?? "descriptions";
    const found = await content(query.page);
    if (!found.window) return problem(404, "NOT_FOUND", "No such page: the container has fewer annotations.");
    const page: PageContent = { items: shaped(found.annotations, view), startIndex: found.window.startIndex, prev: found.window.prev, next: found.window.next };
    json = buildW3cPage({ ...facts, total: found.total, modified: found.modified }, view, query.page, page);
    headers = pageHeaders();
  }
  const body = JSON.stringify(json);
  return new Response(withBody ? body : null, { status: 200, headers: { ...headers, ETag: strongEtag(body) } });
}

function problem(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { Vary: "Accept, Prefer" } });
}
