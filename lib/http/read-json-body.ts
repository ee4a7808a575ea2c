import { AppError } from "@/lib/errors/app-error";

const MAX_BYTES = 1_000_000;

// Bounded and with a clear 4xx for what clients get wrong: not JSON, too big.
export async function readJsonBody(request: Request, maxBytes = MAX_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new AppError("BAD_REQUEST", "Send a JSON body (Content-Type: application/json).");
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
