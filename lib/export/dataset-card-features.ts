import type { YamlValue } from "./to-yaml";

// The Claimdesk JSONL record (build-jsonl-record.ts) as Hugging Face
// `datasets` features: what `load_dataset("json", …)` yields for it. Notes
// appear only when the export includes them.
const review: YamlValue = {
  struct: [
    { name: "state", dtype: "string" },
    { name: "gold", dtype: "bool" },
    { name: "reviews", dtype: "int64" },
    { name: "last_decision", dtype: "string" },
    { name: "last_decided_at", dtype: "string" },
  ],
};
const annotator: YamlValue = { struct: [{ name: "id", dtype: "string" }, { name: "name", dtype: "string" }] };
const note = (includeNotes: boolean): YamlValue[] => (includeNotes ? [{ name: "note", dtype: "string" }] : []);

export function jsonlFeatures(includeNotes: boolean): YamlValue[] {
  return [
    { name: "id", dtype: "string" },
    { name: "title", dtype: "string" },
    { name: "outlet", dtype: "string" },
    { name: "url", dtype: "string" },
    { name: "author", dtype: "string" },
    { name: "published_at", dtype: "string" },
    { name: "language", dtype: "string" },
    { name: "revision", dtype: "int64" },
    { name: "content_hash", dtype: "string" },
    { name: "text", dtype: "string" },
    {
      name: "spans",
      list: [
        { name: "id", dtype: "string" },
        { name: "start", dtype: "int64" },
        { name: "end", dtype: "int64" },
        { name: "text", dtype: "string" },
        { name: "kind", dtype: "string" },
        { name: "labels", sequence: "string" },
        { name: "entity_id", dtype: "string" },
        { name: "annotator", ...asObject(annotator) },
        { name: "review", ...asObject(review) },
        ...note(includeNotes),
      ],
    },
    {
      name: "claims",
      list: [
        { name: "id", dtype: "string" },
        { name: "start", dtype: "int64" },
        { name: "end", dtype: "int64" },
        { name: "text", dtype: "string" },
        { name: "claim_type", dtype: "string" },
        { name: "status", dtype: "string" },
        { name: "rating", dtype: "int64" },
        { name: "check_worthiness", dtype: "int64" },
        { name: "confidence", dtype: "float64" },
        { name: "text_changed_after_verdict", dtype: "bool" },
        { name: "entities", list: [{ name: "entity_id", dtype: "string" }, { name: "role", dtype: "string" }, { name: "mention_id", dtype: "string" }] },
        {
          name: "evidence",
          list: [{ name: "url", dtype: "string" }, { name: "title", dtype: "string" }, { name: "stance", dtype: "string" }, ...note(includeNotes)],
        },
        {
          name: "cluster",
          struct: [{ name: "id", dtype: "string" }, { name: "relation", dtype: "string" }, { name: "title", dtype: "string" }, { name: "statement", dtype: "string" }],
        },
        { name: "annotator", ...asObject(annotator) },
        { name: "review", ...asObject(review) },
        ...note(includeNotes),
        { name: "created_at", dtype: "string" },
        { name: "updated_at", dtype: "string" },
      ],
    },
    {
      name: "entities",
      list: [
        { name: "id", dtype: "string" },
        { name: "type", dtype: "string" },
        { name: "name", dtype: "string" },
        { name: "aliases", sequence: "string" },
        { name: "external_id", dtype: "string" },
      ],
    },
  ];
}

function asObject(value: YamlValue): { [key: string]: YamlValue } {
  return value as { [key: string]: YamlValue };
}
