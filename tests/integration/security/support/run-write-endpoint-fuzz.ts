import fc from "fast-check";
import { db } from "@/lib/db";
import { createFuzzFixture, type FuzzFixture } from "./create-fuzz-fixture";
import { discoverWriteEndpoints, type WriteEndpoint } from "./discover-write-endpoints";
import { fuzzKey, fuzzNumber, fuzzValue, nastyString, serializeJ, toJ, type J } from "./fuzz-values";
import { fuzzTemplates } from "./fuzz-templates";

type FuzzCase = {
  endpoint: number;
  role: "owner" | "annotator";
  params: Record<string, string>;
  query: Array<[string, string]>;
  contentType: string | null;
  body: string | null;
};

export type FuzzFinding = { kind: "5xx" | "stored change" | "unclear 4xx"; status: number; method: string; route: string; params: Record<string, string>; query: string; body: string | null; detail: string };

export type FuzzStats = {
  seed: number;
  endpoints: number;
  cases: number;
  ok: number;
  refused: number;
  serverErrors: number;
  changesFromRefused: number;
  byStatus: Record<string, number>;
  findings: FuzzFinding[];
};

// Tables a refused request must leave alone. API tokens note their last use
// and rate-limit buckets count attempts, by design, on any request.
const IGNORED_TABLES = new Set(["_prisma_migrations", "ApiToken", "RateLimitBucket"]);

export async function snapshotQuery(): Promise<string> {
  const rows = await db.$queryRawUnsafe<Array<{ table_name: string }>>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const perTable = rows
    .map((r) => r.table_name)
    .filter((t) => !IGNORED_TABLES.has(t))
    // count and the newest row version's transaction id (xmin): an insert
    // or an update writes a row version with a newer xmin, a delete lowers
    // the count. Unlike hashing every row's text, this reads no column
    // values, so a snapshot stays cheap as the run's shared database grows
    // (hashing took ~90 ms a snapshot late in a full run).
    .map((t) => `SELECT '${t}' AS t, count(*)::text AS n, coalesce(max(x.xmin::text::bigint), 0)::text AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  // Ordered: on a larger database Postgres runs the UNION ALL as a Parallel
  // Append, whose rows come back in any order, which read as a change.
  return `SELECT * FROM (${perTable}) per_table ORDER BY t`;
}

// The tables whose count or content hash differ between two snapshots, so a
// finding says where the change landed.
export function changedTables(before: string, after: string): string[] {
  type Row = { t: string; n: string; h: string };
  const key = (row: Row) => `${row.n}:${row.h}`;
  const was = new Map((JSON.parse(before) as Row[]).map((row) => [row.t, key(row)]));
  return (JSON.parse(after) as Row[]).filter((row) => was.get(row.t) !== key(row)).map((row) => row.t);
}

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "x"; // a lone surrogate cannot be percent-encoded; the handler gets the raw value through params anyway
  }
}

function caseArbitrary(endpoints: WriteEndpoint[], x: FuzzFixture, templates: Record<string, unknown>): fc.Arbitrary<FuzzCase> {
  return fc.integer({ min: 0, max: endpoints.length - 1 }).chain((index) => {
    const endpoint = endpoints[index]!;
    const template = toJ(templates[`${endpoint.method} ${endpoint.route}`] ?? {});
    const templateKeys = typeof template === "object" && template !== null && !Array.isArray(template) ? template.entries.map(([k]) => k) : [];
    const param = (name: string) =>
      fc.oneof(
        { arbitrary: fc.constant(x.valid[name] ?? "missing"), weight: 6 },
        { arbitrary: fc.constant(x.foreign[name] ?? "missing"), weight: 2 },
        { arbitrary: nastyString, weight: 2 },
      );
    const params = fc.record(Object.fromEntries(endpoint.params.map((name) => [name, param(name)])) as Record<string, fc.Arbitrary<string>>);
    const mutation = fc.oneof(
      fc.record({ op: fc.constant("set" as const), key: templateKeys.length ? fc.oneof(fc.constantFrom(...templateKeys), fuzzKey) : fuzzKey, value: fuzzValue }),
      templateKeys.length ? fc.record({ op: fc.constant("delete" as const), key: fc.constantFrom(...templateKeys), value: fc.constant(null as J) }) : fc.constant(null),
    );
    const mutated = fc.array(mutation, { maxLength: 3 }).map((ops) => {
      if (typeof template !== "object" || template === null || Array.isArray(template)) return serializeJ(template);
      let entries = [...template.entries];
      for (const op of ops) {
        if (!op) continue;
        entries = entries.filter(([k]) => k !== op.key);
        if (op.op === "set") entries.push([op.key, op.value]);
      }
      return serializeJ({ entries });
    });
    const templateText = serializeJ(template);
    const malformed = fc.oneof(
      fc.constantFrom("{", "[", '{"a":}', "nul", "\u0000", "{}}", '{"a":1,}', "'single'", '"unterminated', "NaN", "[1,2"),
      fc.nat({ max: Math.max(1, templateText.length - 1) }).map((cut) => templateText.slice(0, cut)),
      fc.string({ maxLength: 40 }),
    );
    const body = fc.oneof(
      { arbitrary: mutated, weight: 10 },
      { arbitrary: fuzzValue.map(serializeJ), weight: 3 },
      { arbitrary: malformed, weight: 2 },
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: fc.constant(`{"note":"${"z".repeat(1_100_000)}"}`), weight: 1 },
    );
    const contentType = fc.oneof(
      { arbitrary: fc.constant("application/json"), weight: 12 },
      { arbitrary: fc.constantFrom(null, "text/plain", "application/json; charset=utf-8", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"), weight: 2 },
    );
    const queryValue = fc.oneof(fuzzNumber.map(String), nastyString.filter((s) => s.length < 100));
    const query = fc.oneof(
      { arbitrary: fc.constant([] as Array<[string, string]>), weight: 3 },
      { arbitrary: fc.tuple(fc.constant("version"), queryValue).map((pair) => [pair]), weight: 3 },
      { arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom("version", "dryRun", "includeDeleted"), fuzzKey), queryValue), { maxLength: 3 }), weight: 1 },
    );
    return fc.record({
      endpoint: fc.constant(index),
      role: fc.oneof({ arbitrary: fc.constant("owner" as const), weight: 4 }, { arbitrary: fc.constant("annotator" as const), weight: 1 }),
      params,
      query,
      contentType,
      body,
    });
  });
}

function buildRequest(endpoint: WriteEndpoint, c: FuzzCase, x: FuzzFixture): Request {
  const path = endpoint.route.replace(/\[([^\]]+)\]/g, (_m, name: string) => encodeSegment(c.params[name] ?? ""));
  const url = new URL(`http://localhost${path}`);
  for (const [k, v] of c.query) url.searchParams.append(k, v);
  const headers: Record<string, string> = { authorization: `Bearer ${x.tokens[c.role]}` };
  if (c.contentType) headers["content-type"] = c.contentType;
  return new Request(url, { method: endpoint.method, headers, body: c.body ?? undefined });
}

/**
 * Sends `numRuns` generated requests to the write endpoints, one after the
 * other, and checks each answer: never a 5xx, a 4xx always says what was
 * wrong, and a refused request leaves every table as it was (row counts and
 * a hash of every row, compared with the state before the request).
 */
export async function runWriteEndpointFuzz(numRuns: number, seed: number): Promise<FuzzStats> {
  const endpoints = await discoverWriteEndpoints();
  const x = await createFuzzFixture();
  const templates = fuzzTemplates(x);
  const snapshotSql = await snapshotQuery();
  const snapshot = async () => JSON.stringify(await db.$queryRawUnsafe(snapshotSql));
  const stats: FuzzStats = { seed, endpoints: endpoints.length, cases: 0, ok: 0, refused: 0, serverErrors: 0, changesFromRefused: 0, byStatus: {}, findings: [] };
  const arbitrary = caseArbitrary(endpoints, x, templates);
  let before = await snapshot();
  const BATCH = 250;
  for (let done = 0; done < numRuns; done += BATCH) {
    const cases = fc.sample(arbitrary, { numRuns: Math.min(BATCH, numRuns - done), seed: seed + done });
    for (const c of cases) {
      const endpoint = endpoints[c.endpoint]!;
      const record = (kind: FuzzFinding["kind"], status: number, detail: string) => {
        if (stats.findings.length < 20) {
          stats.findings.push({ kind, status, method: endpoint.method, route: endpoint.route, params: c.params, query: new URLSearchParams(c.query).toString(), body: c.body && c.body.slice(0, 300), detail: detail.slice(0, 300) });
        }
      };
      stats.cases += 1;
      let status: number;
      let text = "";
      try {
        const response = await endpoint.handler(buildRequest(endpoint, c, x), { params: Promise.resolve(c.params) });
        status = response.status;
        text = await response.text();
      } catch (error) {
        status = 599;
        text = String(error);
      }
      stats.byStatus[String(status)] = (stats.byStatus[String(status)] ?? 0) + 1;
      const after = await snapshot();
      if (status >= 500) {
        stats.serverErrors += 1;
        record("5xx", status, text);
      } else if (status >= 400) {
        stats.refused += 1;
        if (after !== before) {
          stats.changesFromRefused += 1;
          record("stored change", status, `${changedTables(before, after).join(", ")} changed; answer ${text}`);
        }
        const message = readErrorMessage(text);
        if (!message) record("unclear 4xx", status, text);
      } else {
        stats.ok += 1;
      }
      before = after;
    }
  }
  return stats;
}

function readErrorMessage(text: string): string | null {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } };
    return typeof body.error?.message === "string" && body.error.message.trim() !== "" ? body.error.message : null;
  } catch {
    return null;
  }
}

export function formatFuzzStats(s: FuzzStats): string {
  return [
    `write-endpoint fuzz (seed ${s.seed}): ${s.cases} cases over ${s.endpoints} write endpoints`,
    `  2xx/3xx ${s.ok} · 4xx ${s.refused} · 5xx ${s.serverErrors} · stored changes from refused requests ${s.changesFromRefused}`,
    `  by status: ${Object.entries(s.byStatus).sort().map(([k, v]) => `${k}: ${v}`).join(", ")}`,
    ...s.findings.map((f) => `  ${f.kind} ${f.status} ${f.method} ${f.route} params=${JSON.stringify(f.params).slice(0, 200)} query=${f.query} body=${JSON.stringify(f.body)} → ${f.detail}`),
  ].join("\n");
}
