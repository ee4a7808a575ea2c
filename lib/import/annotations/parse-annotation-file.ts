import { parseClaimdeskJsonl } from "./parse-claimdesk-jsonl";
import { parseDoccano } from "./parse-doccano";
import { parseLabelStudio } from "./parse-label-studio";
import { parseW3c } from "./parse-w3c";
import type { AnnotationImportFormat, ParsedAnnotationFile } from "./types";

const parsers: Record<AnnotationImportFormat, (content: string) => ParsedAnnotationFile> = {
  "label-studio": parseLabelStudio,
  doccano: parseDoccano,
  "claimdesk-jsonl": parseClaimdeskJsonl,
  w3c: parseW3c,
};

/** Parses a file in the given format; every document comes back parsed or with its error, nothing throws. */
export function parseAnnotationFile(format: AnnotationImportFormat, content: string): ParsedAnnotationFile {
  return parsers[format](content);
}
