import { AppError } from "@/lib/errors/app-error";

const MAX_BYTES = 1_000_000;

// A W3C annotation body: `application/ld+json` (the protocol's media type,
// any profile) or `application/json`. Like readJsonBody, bounded and strict
// about the media type: neither is a type a page on another site may send
// without a CORS preflight.
export async function readJsonLdBody(request: Request, maxBytes = MAX_BYTES): Promise<unknown> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";", 1)[0]?.trim().toLowerCase();
  if (mediaType !== "application/ld+json" && mediaType !== "application/json") {
    throw new AppError("BAD_REQUEST", 'Send the annotation as JSON-LD (Content-Type: application/ld+json; profile="http://www.w3.org/ns/anno.jsonld").');
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
}
