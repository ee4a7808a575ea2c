// What the export form holds; `exportQuery` turns it into the API's query.
export type ExportChoices = {
  format: string;
  publishedFrom: string;
  publishedTo: string;
  updatedFrom: string;
  updatedTo: string;
  annotators: string[];
  kinds: string[];
  statuses: string[];
  review: "all" | "accepted" | "gold";
  notes: boolean;
  // ClaimReview: publish internal notes where a claim has no public explanation.
  publishNotes: boolean;
  pseudonymise: boolean;
};

export const formatChoices = [
  { value: "jsonl", label: "Claimdesk JSONL (one article per line)", lines: true },
  { value: "clusters", label: "Claimdesk clusters JSONL (one fact per line)", lines: true },
  { value: "csv", label: "CSV (one claim per row)", lines: false },
  { value: "csv-excel", label: "CSV for Excel (UTF-8 with byte-order mark)", lines: false },
  { value: "w3c", label: "W3C Web Annotation (JSON-LD)", lines: false },
  { value: "claimreview", label: "schema.org ClaimReview (JSON-LD)", lines: false },
  { value: "conll", label: "CoNLL BIO tokens (entity mentions)", lines: false },
  { value: "brat", label: "brat standoff (.txt + .ann, zip)", lines: false },
  { value: "label-studio", label: "Label Studio JSON", lines: false },
  { value: "doccano", label: "doccano JSONL (spans)", lines: true },
  { value: "doccano-relations", label: "doccano JSONL (spans and relations)", lines: true },
] as const;
