import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import type { ImportFileInput } from "./article-import-types";
import { describeBytes } from "./describe-bytes";
import type { ImportLimits } from "./import-limits";

/**
 * An import request body, either JSON ({files: [{name, content}], …}) or
 * multipart/form-data (any number of `files` file fields, plus the other
 * fields as JSON strings, e.g. `choices`). Both end up as the JSON shape. A
 * body over the request limit is a 413 before anything is parsed; a single
 * file over the per-file limit is not read and becomes that file's error.
 */
export async function readImportBody(request: Request, limits: ImportLimits): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("multipart/form-data")) return readJsonBody(request, limits.maxRequestBytes);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limits.maxRequestBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The upload is larger than ${describeBytes(limits.maxRequestBytes)}; send fewer or smaller files.`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid multipart/form-data.");
  }
  const body: Record<string, unknown> = {};
  const files: ImportFileInput[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value !== "string") {
      files.push(value.size > limits.maxFileBytes ? { name: value.name, size: value.size } : { name: value.name, content: await value.text() });
      continue;
    }
    try {
      body[field] = JSON.parse(value) as unknown;
    } catch {
      throw new AppError("BAD_REQUEST", `The form field "${field}" must hold JSON.`);
    }
  }
  if (files.length > 0) body.files = [...((body.files as ImportFileInput[] | undefined) ?? []), ...files];
  return body;
}
