#!/usr/bin/env node
// CI check of the README's first command: start the app with DATABASE_URL
// unset (embedded Postgres), sign in as the demo annotator over HTTP, see the
// five demo articles, create a project, restart, and find it kept; then the
// same against a fresh database on TEST_DATABASE_URL's server via DATABASE_URL.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = 3210;
const base = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "claimdesk-smoke-"));

function start(databaseUrl) {
  const env = { ...process.env, PORT: String(port), CLAIMDESK_DATA_DIR: dataDir, NEXTAUTH_URL: base };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, ["scripts/start.mjs", "start"], { env, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("Claimdesk is running at")) {
        clearInterval(timer);
        resolve(output);
      }
    }, 200);
    child.on("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code} before it was ready`));
    });
  });
  return { child, ready };
}

async function portIsFree() {
  try {
    await fetch(`${base}/sign-in`);
    return false;
  } catch {
    return true;
  }
}

// Stopping must really stop everything (Next.js and the embedded database),
// or the "restart" below would talk to the old process.
async function stop(child) {
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGINT");
  await exited;
  for (let i = 0; i < 50 && !(await portIsFree()); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await portIsFree())) throw new Error(`port ${port} still answers after npm start was stopped`);
}

async function signIn(email, password) {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfResponse.json();
  const cookies = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return [...cookies, ...session].join("; ");
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`  ✔ ${message}`);
}

// One scenario: first start seeds, data created through the app survives a restart.
async function scenario(label, databaseUrl) {
  console.log(`\n${label}`);
  let app = start(databaseUrl);
  const banner = await app.ready;
  check(banner.includes("annotator@example.com"), "the start banner prints the URL and demo logins");
  let cookie = await signIn("annotator@example.com", "claimdesk-demo");
  let articles = (await (await fetch(`${base}/api/projects/demo/articles`, { headers: { cookie } })).json()).articles;
  check(articles.length === 5, "the demo annotator sees the five demo articles");
  const ownerCookie = await signIn("owner@example.com", "claimdesk-demo");
  const created = await fetch(`${base}/api/projects`, {
    method: "POST",
    headers: { cookie: ownerCookie, "content-type": "application/json" },
    body: JSON.stringify({ name: "Kept across restarts", slug: "kept-across-restarts" }),
  });
  check(created.status === 201, "the owner creates a project through the API");
  await stop(app.child);

  app = start(databaseUrl);
  await app.ready;
  cookie = await signIn("owner@example.com", "claimdesk-demo");
  const projects = (await (await fetch(`${base}/api/projects`, { headers: { cookie } })).json()).projects;
  check(projects.some((p) => p.slug === "kept-across-restarts"), "a restart keeps data created in between");
  articles = (await (await fetch(`${base}/api/projects/demo/articles`, { headers: { cookie } })).json()).articles;
  check(articles.length === 5, "the demo data is not seeded twice");
  await stop(app.child);
}

let scratch;
try {
  await scenario("npm start without DATABASE_URL (embedded Postgres)");
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const { default: pg } = await import("pg");
    const name = `claimdesk_smoke_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    scratch = { server, name };
    const url = new URL(server);
    url.pathname = `/${name}`;
    await scenario(`npm start with DATABASE_URL=${url}`, url.toString());
  } else {
    console.log("\n(TEST_DATABASE_URL unset: the DATABASE_URL scenario was not run)");
  }
  console.log("\nquick start smoke test passed");
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (scratch) {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: scratch.server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${scratch.name}" WITH (FORCE)`);
    await admin.end();
  }
}
