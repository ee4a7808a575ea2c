import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createFuzzFixture } from "./create-fuzz-fixture";
import { discoverServerActions, type ServerAction } from "./discover-server-actions";
import { fuzzNumber, fuzzValue, nastyString, serializeJ, type J } from "./fuzz-values";
import { changedTables, snapshotQuery } from "./run-write-endpoint-fuzz";

type Person = "owner" | "reviewer" | "annotator" | "viewer" | "outsider" | "anonymous";
type ActionCase = { action: number; person: Person; args: unknown[] };

export type ActionFuzzFinding = { kind: "5xx" | "stored change" | "unclear refusal"; action: string; person: Person; args: string; detail: string };

export type ActionFuzzStats = {
  seed: number;
  actions: number;
  cases: number;
  ok: number;
  refused: number;
  serverErrors: number;
  changesFromRefused: number;
  findings: ActionFuzzFinding[];
};

// A JSON value as the action receives it: parsed, so "__proto__" arrives as
// an own key exactly as it would from a client's serialised arguments.
const toValue = (j: J): unknown => JSON.parse(serializeJ(j)) as unknown;

// Form fields the actions read, each with a value that passes, so a case can
// get past the first check with one or two fields spoiled.
const FORM_FIELDS: Record<string, string> = {
  name: "Fuzz Person",
  slug: "fuzz-project",
  description: "",
  email: "fuzz.person@test.example",
  password: "violet lantern harbour",
  projectName: "Fuzz project",
  currentPassword: "not the password",
  newPassword: "violet lantern harbour",
  role: "ANNOTATOR",
  expiresInDays: "7",
  scope: "project",
  expiresIn: "7",
};

async function actionFixture() {
  const x = await createFuzzFixture();
  const other = await db.project.findFirstOrThrow({ where: { slug: x.foreign.slug }, select: { id: true } });
  const labelIds = (await db.label.findMany({ where: { projectId: x.projectId }, select: { id: true } })).map((l) => l.id);
  const foreignLabelIds = (await db.label.findMany({ where: { projectId: other.id }, select: { id: true }, take: 3 })).map((l) => l.id);
  const outsider = await db.membership.findFirstOrThrow({ where: { projectId: other.id, role: "OWNER" }, select: { userId: true } });
  const invite = await db.invite.create({
    data: { projectId: x.projectId, role: "VIEWER", email: "invited@test.example", tokenHash: randomBytes(32).toString("hex"), createdById: x.userIds.owner, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const tokenIds = (await db.apiToken.findMany({ where: { userId: { in: [x.userIds.owner, x.userIds.annotator] } }, select: { id: true } })).map((t) => t.id);
  const people = await db.user.findMany({ where: { id: { in: [...Object.values(x.userIds), outsider.userId] } }, select: { id: true, email: true, name: true, isAdmin: true } });
  const byId = new Map(people.map((p) => [p.id, p]));
  const users: Record<Exclude<Person, "anonymous">, CurrentUser> = {
    owner: byId.get(x.userIds.owner)!,
    reviewer: byId.get(x.userIds.reviewer)!,
    annotator: byId.get(x.userIds.annotator)!,
    viewer: byId.get(x.userIds.viewer)!,
    outsider: byId.get(outsider.userId)!,
  };
  return { x, labelIds, foreignLabelIds, inviteId: invite.id, tokenIds, users };
}

type ActionFixture = Awaited<ReturnType<typeof actionFixture>>;

function argument(name: string, f: ActionFixture): fc.Arbitrary<unknown> {
  const some = fuzzValue.map(toValue);
  const id = (valid: string[], foreign: string[]) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...valid), weight: 6 },
      ...(foreign.length ? [{ arbitrary: fc.constantFrom(...foreign), weight: 2 }] : []),
      { arbitrary: nastyString, weight: 2 },
      { arbitrary: some, weight: 1 },
    );
  const { x } = f;
  switch (name) {
    case "slug":
      return id([x.valid.slug!], [x.foreign.slug!]);
    case "articleId":
      return id([x.valid.articleId!], [x.foreign.articleId!]);
    case "annotationId":
      return id([x.valid.annotationId!], [x.foreign.annotationId!]);
    case "labelId":
      return id(f.labelIds, f.foreignLabelIds);
    case "inviteId":
      return id([f.inviteId], []);
    case "tokenId":
      return id(f.tokenIds, []);
    case "userId":
      return id(Object.values(x.userIds), []);
    case "token":
      return fc.oneof(nastyString, fc.constant(randomBytes(32).toString("base64url")));
    case "version":
      return fc.oneof(fuzzNumber, nastyString, some);
    case "role":
      return fc.oneof(fc.constantFrom("OWNER", "REVIEWER", "ANNOTATOR", "VIEWER", null), nastyString);
    case "_prev":
      return fc.constant(null);
    case "form":
      return formArbitrary;
    case "input":
      return fc.oneof({ arbitrary: inputTemplate(f), weight: 3 }, { arbitrary: some, weight: 2 });
    default:
      return some;
  }
}

const formArbitrary: fc.Arbitrary<FormData> = fc
  .record({
    spoiled: fc.array(fc.tuple(fc.constantFrom(...Object.keys(FORM_FIELDS)), fc.oneof(nastyString, fc.constant(null))), { maxLength: 3 }),
    extra: fc.array(fc.tuple(nastyString.filter((s) => s.length < 40), nastyString), { maxLength: 2 }),
  })
  .map(({ spoiled, extra }) => {
    const form = new FormData();
    const fields = new Map<string, string | null>(Object.entries(FORM_FIELDS));
    for (const [key, value] of spoiled) fields.set(key, value);
    for (const [key, value] of fields) if (value !== null) form.set(key, value);
    for (const [key, value] of extra) form.append(key, value);
    return form;
  });

// Inputs that pass for the label and adjudication actions, with one field
// replaced or dropped, so cases reach the rules behind the schema.
function inputTemplate(f: ActionFixture): fc.Arbitrary<unknown> {
  const templates: unknown[] = [
    { kind: "CLAIM_TYPE", name: "Budget figure", color: "#AA00FF", description: "" },
    { id: f.labelIds[0], updatedAt: new Date().toISOString(), description: "Changed." },
    { id: f.labelIds[0], direction: "up" },
    { groupKey: "g1", choice: { kind: "accept", annotationId: f.x.valid.annotationId } },
    { complete: true },
  ];
  return fc
    .record({
      template: fc.constantFrom(...templates),
      key: fc.constantFrom("id", "kind", "name", "color", "direction", "updatedAt", "groupKey", "choice", "complete", "__proto__", "constructor"),
      value: fc.option(fuzzValue, { nil: undefined }),
    })
    .map(({ template, key, value }) => {
      const entries = Object.entries(template as Record<string, unknown>).filter(([k]) => k !== key);
      if (value !== undefined) entries.push([key, toValue(value)]);
      // Object.fromEntries and JSON keep a "__proto__" key as an own key, as a
      // client's serialised arguments would arrive.
      return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown;
    });
}

function caseArbitrary(actions: ServerAction[], f: ActionFixture): fc.Arbitrary<ActionCase> {
  return fc.integer({ min: 0, max: actions.length - 1 }).chain((index) =>
    fc.record({
      action: fc.constant(index),
      person: fc.oneof(
        { arbitrary: fc.constant("owner" as const), weight: 4 },
        { arbitrary: fc.constantFrom("reviewer" as const, "annotator" as const, "viewer" as const, "outsider" as const), weight: 3 },
        { arbitrary: fc.constant("anonymous" as const), weight: 1 },
      ),
      args: fc.tuple(...actions[index]!.params.map((name) => argument(name, f))) as fc.Arbitrary<unknown[]>,
    }),
  );
}

const describeArgs = (args: unknown[]) =>
  JSON.stringify(args.map((a) => (a instanceof FormData ? Object.fromEntries([...a.entries()].map(([k, v]) => [k, String(v).slice(0, 80)])) : a))).slice(0, 300);

type Outcome = { kind: "ok" | "refused" | "5xx"; detail: string };

// What a server action's caller sees: runAction turns AppErrors into
// { ok: false, error } and anything else into "Something went wrong" (the
// action's 500); redirect() and notFound() are thrown for Next to answer.
async function outcomeOf(action: ServerAction, c: ActionCase): Promise<Outcome> {
  try {
    const result = (await action.action(...c.args)) as { ok?: boolean; error?: unknown } | undefined;
    if (result?.ok === true) return { kind: "ok", detail: "" };
    const message = typeof result?.error === "string" ? result.error : "";
    if (message.startsWith("Something went wrong")) return { kind: "5xx", detail: message };
    return { kind: "refused", detail: message };
  } catch (error) {
    const digest = error instanceof Error && "digest" in error ? String(error.digest) : "";
    if (digest.startsWith("NEXT_REDIRECT")) return c.person === "anonymous" ? { kind: "refused", detail: "redirect to sign-in" } : { kind: "ok", detail: "redirect" };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "refused", detail: "not found" };
    return { kind: "5xx", detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Calls every server action `numRuns` times in all with generated arguments
 * as each kind of person (`setCurrentUser` stands in for the session): no
 * action may fail with an unexpected error (the "500" of an action), a
 * refusal must say why, and a refused call leaves every table as it was.
 */
export async function runServerActionFuzz(numRuns: number, seed: number, setCurrentUser: (user: CurrentUser | null) => void): Promise<ActionFuzzStats> {
  const actions = await discoverServerActions();
  const f = await actionFixture();
  const snapshotSql = await snapshotQuery();
  const snapshot = async () => JSON.stringify(await db.$queryRawUnsafe(snapshotSql));
  const stats: ActionFuzzStats = { seed, actions: actions.length, cases: 0, ok: 0, refused: 0, serverErrors: 0, changesFromRefused: 0, findings: [] };
  const arbitrary = caseArbitrary(actions, f);
  let before = await snapshot();
  const BATCH = 250;
  for (let done = 0; done < numRuns; done += BATCH) {
    for (const c of fc.sample(arbitrary, { numRuns: Math.min(BATCH, numRuns - done), seed: seed + done })) {
      const action = actions[c.action]!;
      const record = (kind: ActionFuzzFinding["kind"], detail: string) => {
        if (stats.findings.length < 20) stats.findings.push({ kind, action: action.id, person: c.person, args: describeArgs(c.args), detail: detail.slice(0, 300) });
      };
      stats.cases += 1;
      setCurrentUser(c.person === "anonymous" ? null : f.users[c.person]);
      const outcome = await outcomeOf(action, c);
      const after = await snapshot();
      if (outcome.kind === "5xx") {
        stats.serverErrors += 1;
        record("5xx", outcome.detail);
      } else if (outcome.kind === "refused") {
        stats.refused += 1;
        if (after !== before) {
          stats.changesFromRefused += 1;
          record("stored change", `${changedTables(before, after).join(", ")} changed; answer ${outcome.detail}`);
        }
        if (!outcome.detail.trim()) record("unclear refusal", "no message");
      } else {
        stats.ok += 1;
      }
      before = after;
    }
  }
  return stats;
}

export function formatActionFuzzStats(s: ActionFuzzStats): string {
  return [
    `server-action fuzz (seed ${s.seed}): ${s.cases} cases over ${s.actions} server actions`,
    `  ok ${s.ok} · refused ${s.refused} · unexpected errors ${s.serverErrors} · stored changes from refused calls ${s.changesFromRefused}`,
    ...s.findings.map((f) => `  ${f.kind} ${f.action} as ${f.person} args=${f.args} → ${f.detail}`),
  ].join("\n");
}
