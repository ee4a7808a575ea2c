import type { ExportAnnotation, ExportOptions } from "./types";

export type ExportAnnotator = { id: string; name: string };

/** Who made an annotation, as exports show it: the pseudonym for both id and name when pseudonymised. */
export function annotatorOf(annotation: ExportAnnotation, options: Pick<ExportOptions, "pseudonymise">): ExportAnnotator {
  const { id, name, pseudonym } = annotation.author;
  return options.pseudonymise ? { id: pseudonym, name: pseudonym } : { id, name };
}
