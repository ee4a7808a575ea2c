// The headers the W3C Web Annotation Protocol requires on each kind of
// resource (§4.1 annotations, §4.2 containers and their pages). Pure, so
// GET, HEAD and OPTIONS of one resource answer the same.

export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

// Reads depend on who asks (roles, blind annotation), so shared caches must not keep them.
const common = { "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" };

export function containerHeaders(): Record<string, string> {
  return {
    ...common,
    "Content-Type": ANNOTATION_MEDIA_TYPE,
    Allow: "GET, HEAD, OPTIONS, POST",
    "Accept-Post": ANNOTATION_MEDIA_TYPE,
    Link: '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
    Vary: "Accept, Prefer",
  };
}

export function pageHeaders(): Record<string, string> {
  return { ...common, "Content-Type": ANNOTATION_MEDIA_TYPE, Allow: "GET, HEAD, OPTIONS", Vary: "Accept" };
}

export function annotationHeaders(): Record<string, string> {
  return {
    ...common,
    "Content-Type": ANNOTATION_MEDIA_TYPE,
    Allow: "GET, HEAD, OPTIONS, PUT, DELETE",
    Link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
    Vary: "Accept",
  };
}
