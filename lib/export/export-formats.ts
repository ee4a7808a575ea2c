// Every export format: its version (bumped whenever the output of the same
// data changes, so a manifest says which shape a payload has), media type
// and file name extension. "files" formats are a set of files to be packed.
export const exportFormats = {
  jsonl: { version: "1", mediaType: "application/x-ndjson", extension: "jsonl", output: "stream" },
  clusters: { version: "1", mediaType: "application/x-ndjson", extension: "jsonl", output: "stream" },
  csv: { version: "1", mediaType: "text/csv; charset=utf-8; header=present", extension: "csv", output: "stream" },
  "csv-excel": { version: "1", mediaType: "text/csv; charset=utf-8; header=present", extension: "csv", output: "stream" },
  w3c: { version: "2", mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld", output: "stream" },
  claimreview: { version: "1", mediaType: "application/ld+json", extension: "jsonld", output: "stream" },
  conll: { version: "2", mediaType: "text/plain; charset=utf-8", extension: "conll", output: "stream" },
  brat: { version: "2", mediaType: "application/zip", extension: "zip", output: "files" },
  "label-studio": { version: "2", mediaType: "application/json", extension: "json", output: "stream" },
  doccano: { version: "1", mediaType: "application/x-ndjson", extension: "jsonl", output: "stream" },
  "doccano-relations": { version: "1", mediaType: "application/x-ndjson", extension: "jsonl", output: "stream" },
} as const;

export type ExportFormat = keyof typeof exportFormats;
