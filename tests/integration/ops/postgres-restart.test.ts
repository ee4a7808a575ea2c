import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { freePort } from "@/scripts/support/free-port";
import { ensureBuilt, startInstance, stopInstance, type AppInstance } from "./support/app-instance";
import { canRunScratchCluster, createScratchCluster, type ScratchCluster } from "./support/scratch-cluster";

// Issue 14, faults: Postgres restarts while people work. A production server
// runs against a cluster of our own; the cluster is stopped and started
// again. While it is down, requests fail with a clear 503 (never a 500 and
// never a hang); afterwards the app reconnects by itself, and nothing that
// was committed before is lost. (The editor retries 503s with its save
// queue, so unsaved edits are sent afterwards: tests/unit/editor/*.)
describe.runIf(canRunScratchCluster)("Postgres restarted under a running app", () => {
  let cluster: ScratchCluster | undefined;
  let app: AppInstance | undefined;
  let token = "";
  let article = { id: "", text: "", revision: 1 };

  beforeAll(async () => {
    await ensureBuilt();
    cluster = createScratchCluster(await freePort());
    await migrateDatabase(cluster.url);
    const client = createPrismaClient(cluster.url, 1);
    try {
      await seedDemo(client, loadDemoCorpus());
      const annotator = await client.user.findUniqueOrThrow({ where: { email: "annotator@example.com" } });
      token = `cd_restart_${Date.now().toString(16)}0123456789abcdef`;
      await client.apiToken.create({ data: { userId: annotator.id, projectId: null, name: "restart test", tokenHash: sha256Hex(token), prefix: token.slice(0, 8), scopes: [] } });
      article = await client.article.findFirstOrThrow({ where: { project: { slug: "demo" } }, orderBy: { createdAt: "asc" }, select: { id: true, text: true, revision: true } });
    } finally {
      await client.$disconnect();
    }
    app = await startInstance(cluster.url);
    // The build is shared with the other process tests; on a busy machine it takes minutes.
  }, 1_200_000);

  afterAll(async () => {
    await stopInstance(app);
    cluster?.remove();
  });

  const headers = () => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });
  const list = () => fetch(`${app!.url}/api/projects/demo/articles/${article.id}/annotations`, { headers: headers() });
  // The n-th word of four or more letters, as a claim span in code points.
  const word = (n: number) => {
    const match = [...article.text.matchAll(/\p{L}{4,}/gu)][n]!;
    const start = codePointLength(article.text.slice(0, match.index));
    return { start, end: start + codePointLength(match[0]), exact: match[0] };
  };
  const create = (n: number) =>
    fetch(`${app!.url}/api/projects/demo/articles/${article.id}/annotations`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ kind: "CLAIM", revision: article.revision, ...word(n) }),
    });

  it("answers 503 while the database is down, reconnects by itself, and keeps what was committed", async () => {
    const before = await create(0);
    expect(before.status, await before.clone().text()).toBe(201);
    const committed = ((await before.json()) as { annotation: { id: string } }).annotation.id;

    cluster!.stop();
    for (const response of [await list(), await create(1)]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/database cannot be reached/);
    }
    // The process is still up and says so; readiness says the database is not.
    expect((await fetch(`${app!.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${app!.url}/api/ready`)).status).toBe(503);

    cluster!.start();
    // No restart of the app: the pool replaces its broken connections. The
    // first requests after the start may still meet a dead connection.
    let after = await create(2);
    for (let attempt = 0; attempt < 20 && after.status === 503; attempt++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await create(2);
    }
    expect(after.status, await after.clone().text()).toBe(201);
    const ids = ((await (await list()).json()) as { annotations: Array<{ id: string }> }).annotations.map((a) => a.id);
    expect(ids).toContain(committed);
  }, 180_000);
});

// Skipped on purpose, and only where it cannot run: a machine without the
// PostgreSQL server binaries cannot start a cluster of its own, and the shared
// service must never be restarted. The skipped line names what is missing.
describe.skipIf(canRunScratchCluster)("Postgres restarted under a running app (skipped)", () => {
  it.skip("needs the PostgreSQL server binaries (pg_ctl, initdb) to run a cluster of its own", () => undefined);
});
