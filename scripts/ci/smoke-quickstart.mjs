#!/usr/bin/env node
// CI check of the README's first command on the embedded database: start the
// app with DATABASE_URL unset, sign in as the demo annotator over HTTP, see
// the five demo articles, create a project, restart, and find it kept.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = 3210;
const base = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "claimdesk-smoke-"));

function start() {
  const env = { ...process.env, PORT: String(port), CLAIMDESK_DATA_DIR: dataDir, NEXTAUTH_URL: base };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
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

async function stop(child) {
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGINT");
  await exited;
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

try {
  let app = start();
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

  app = start();
  await app.ready;
  cookie = await signIn("owner@example.com", "claimdesk-demo");
  const projects = (await (await fetch(`${base}/api/projects`, { headers: { cookie } })).json()).projects;
  check(projects.some((p) => p.slug === "kept-across-restarts"), "a restart keeps data created in between");
  articles = (await (await fetch(`${base}/api/projects/demo/articles`, { headers: { cookie } })).json()).articles;
  check(articles.length === 5, "the demo data is not seeded twice");
  await stop(app.child);
  console.log("quick start smoke test passed");
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
