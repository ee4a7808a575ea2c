import { AppError } from "@/lib/errors/app-error";

const MAX_BYTES = 1_000_000;

// Bounded and with a clear 4xx for what clients get wrong: not JSON, too big.
// The media type must be exactly application/json (parameters such as
// charset aside): a page on another site may send `text/plain;
// application/json` without a CORS preflight, and must not pass for JSON.
export async function readJsonBody(request: Request, maxBytes = MAX_BYTES): Promise<unknown> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";", 1)[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") throw new AppError("BAD_REQUEST", "Send a JSON body (Content-Type: application/json).");
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
