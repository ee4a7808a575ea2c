import { detectAnnotationFormat } from "@/lib/import/annotations/detect-annotation-format";
import { parseAnnotationFile } from "@/lib/import/annotations/parse-annotation-file";
import { findUnsafeText } from "@/lib/import/annotations/find-unsafe-text";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validations/safe-string";
import { checkImportedEntity } from "./check-imported-entity";
import type { ImportedDocument, ImportedEntity } from "@/lib/import/annotations/types";
import type { ImportItemError } from "@/lib/server/article-import/article-import-types";
import { describeBytes } from "@/lib/server/article-import/describe-bytes";
import type { ImportLimits } from "@/lib/server/article-import/import-limits";
import type { AnnotationImportFileDTO } from "./annotation-import-types";
import type { AnnotationImportRequest } from "./annotation-import-request-schema";

export type ReadDocument = { key: string; fileName: string; format: NonNullable<AnnotationImportFileDTO["format"]>; document: ImportedDocument };

/**
 * Parses every file in its chosen or detected format, with a per-item error
 * for files that are too large, empty, of no known format or too long, and
 * for each document the parser could not read. Pure.
 */
export function readAnnotationFiles(request: AnnotationImportRequest, limits: ImportLimits) {
  const files: AnnotationImportFileDTO[] = [];
  const documents: ReadDocument[] = [];
  const entities: ImportedEntity[] = [];
  const errors: ImportItemError[] = [];
  request.files.forEach((file, index) => {
    const chosen = request.formats?.[String(index)] ?? request.format;
    const fail = (message: string) => errors.push({ key: String(index), fileName: file.name, line: null, message });
    const bytes = file.content === undefined ? (file.size ?? Infinity) : Buffer.byteLength(file.content, "utf8");
    if (file.content === undefined || bytes > limits.maxFileBytes) {
      files.push({ index, name: file.name, format: chosen ?? null, detected: false });
      return fail(`The file is too large (${describeBytes(bytes)}); the limit is ${describeBytes(limits.maxFileBytes)} per file.`);
    }
    const detected = chosen ? null : detectAnnotationFormat(file.name, file.content);
    const format = chosen ?? detected;
    files.push({ index, name: file.name, format, detected: !chosen && detected !== null });
    if (file.content.trim() === "") return fail("The file is empty.");
    if (!format) return fail("Unsupported file: not Label Studio JSON, doccano JSONL, Claimdesk JSONL or W3C Web Annotation JSON. Choose the format if it is one of them.");
    const lines = file.content.split("\n").length;
    if (lines > limits.maxLines && (format === "doccano" || format === "claimdesk-jsonl")) {
      return fail(`The file has ${lines} lines; the limit is ${limits.maxLines} per file. Split it into smaller files.`);
    }
    const parsed = parseAnnotationFile(format, file.content);
    for (const entity of parsed.entities) {
      const checked = checkImportedEntity(entity);
      if ("error" in checked) fail(checked.error);
      else entities.push(checked.entity);
    }
    parsed.items.forEach((item, i) => {
      const key = `${index}:${i + 1}`;
      const unsafe = "error" in item ? null : findUnsafeText(item.parsed);
      if ("error" in item) errors.push({ key, fileName: file.name, line: null, message: item.error });
      else if (unsafe) errors.push({ key, fileName: file.name, line: null, message: `${item.parsed.item}: ${unsafe}: ${UNSAFE_TEXT_MESSAGE}` });
      else documents.push({ key, fileName: file.name, format, document: item.parsed });
    });
  });
  return { files, documents, entities, errors };
}
