#!/usr/bin/env node
// `npm test`: the whole suite. Unit and integration tests (Vitest, against a
// scratch Postgres: embedded by default, TEST_DATABASE_URL's server when set),
// then the browser tests (Playwright driving a local Chromium).
import { spawnSync } from "node:child_process";
import { ensureInstalled } from "./support/ensure-installed.mjs";
import { chooseChromium } from "./support/find-chromium.mjs";

ensureInstalled();

function step(title, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

step("Unit and integration tests", ["node_modules/vitest/vitest.mjs", "run"]);

const chromium = chooseChromium();
if (!chromium.found) {
  console.error(`\n✖ Browser tests need Chromium and none was found.\n${chromium.help}`);
  process.exit(1);
}
step("Browser tests (Playwright + Chromium)", ["node_modules/@playwright/test/cli.js", "test"], chromium.env);
console.log("\n✔ All test suites passed.");
