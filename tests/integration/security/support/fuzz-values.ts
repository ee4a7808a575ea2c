import fc from "fast-check";

// JSON as text, so keys like "__proto__" reach the server as sent (a JS
// object would swallow them). An object is its list of entries.
export type J = string | number | boolean | null | J[] | { entries: Array<[string, J]> };

export function toJ(value: unknown): J {
  if (Array.isArray(value)) return value.map(toJ);
  if (typeof value === "object" && value !== null) return { entries: Object.entries(value).map(([k, v]) => [k, toJ(v)] as [string, J]) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

export function serializeJ(value: J): string {
  if (Array.isArray(value)) return `[${value.map(serializeJ).join(",")}]`;
  if (typeof value === "object" && value !== null) return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${serializeJ(v)}`).join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"] as const;

// Field names the API reads somewhere, so mutations hit real fields.
export const KNOWN_FIELDS = [
  "kind", "revision", "start", "end", "exact", "prefix", "suffix", "note", "version", "body", "parentId", "name", "slug", "description",
  "typeId", "aliases", "externalId", "files", "content", "size", "format", "formats", "labelMapping", "createArticles", "importGoodItems",
  "keepAuthors", "keepReviewStates", "choices", "metadata", "blocks", "key", "title", "url", "language", "publishedAt", "decision", "comment",
  "entryId", "ids", "all", "connectionId", "selectedAnnotationId", "articleIds", "userIds", "target", "required", "blindAnnotation",
  "defaultAnnotatorsPerArticle", "action", "baseRevision", "text", "evidence", "entities", "claimTypeId", "statusId", "entityId",
  "entityTypeId", "checkWorthiness", "confidence", "textChangedAfterVerdict", "role", "mentionId", "stance", "id",
] as const;

const NASTY_STRINGS = [
  "", " ", "\u0000", "a\u0000b", "\u001B[31mred", "\u007F", "\u0085", "\uFEFF", "\uD800", "x\uDFFF", "\uDC00\uD800", "😀", "e\u0301",
  "null", "undefined", "NaN", "-1", "1e999", "0x10", "true", "[]", "{}", "__proto__", "constructor",
  "<script>alert(1)</script>", "javascript:alert(1)", "data:text/html,<b>x</b>", "http://[broken", "https://example.org/ok",
  "../../etc/passwd", "%00", "' OR 1=1 --", "$where", "\\", "\"", "CLAIM", "ENTITY_MENTION", "ACCEPT", "start", "2024-02-30", "garbage",
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 24 }), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 24 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `a${String.fromCharCode(c)}b`), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => `x${String.fromCharCode(c)}y`), weight: 2 },
  { arbitrary: fc.constantFrom(70, 300, 2_100, 10_001, 100_001).map((n) => "y".repeat(n)), weight: 1 },
);

export const fuzzNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 200 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.5, 1.5, 2 ** 31, 2 ** 31 - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 5e-324, 10_000_001),
);

export const fuzzKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN_FIELDS), weight: 6 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 2 },
  { arbitrary: nastyString.filter((s) => s.length < 50), weight: 1 },
);

export const fuzzValue: fc.Arbitrary<J> = fc.letrec<{ value: J }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    { arbitrary: nastyString, weight: 4 },
    { arbitrary: fuzzNumber, weight: 3 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.array(tie("value"), { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.array(fc.tuple(fuzzKey, tie("value")), { maxLength: 4 }).map((entries) => ({ entries })), weight: 1 },
  ),
})).value;
