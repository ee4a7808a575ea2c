import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];

const HELP = [
  "Install one, then run the tests again:",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium",
  "  any machine with internet access:  npx playwright install chromium",
  "  or point CHROMIUM_PATH at a Chrome/Chromium executable.",
].join("\n");

// Where Playwright keeps (or would keep) its own Chromium download.
function playwrightChromiumPath() {
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    return chromium.executablePath();
  } catch {
    return null;
  }
}

function installPlaywrightChromium() {
  console.log("No Chromium found on this machine: asking Playwright to download its own (needs internet access)…");
  const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], { stdio: "inherit", timeout: 300_000 });
  return result.status === 0;
}

/**
 * The browser for the e2e tests, in order of preference: PLAYWRIGHT_BUNDLED=1
 * (Playwright's own, as asked), CHROMIUM_PATH, a system Chromium or Chrome
 * (works offline, as CI needs), a Chromium Playwright has already downloaded,
 * then a fresh Playwright download where the network allows; only then
 * instructions. `deps` replace the machine in tests.
 */
export function chooseChromium(deps = {}) {
  const { env = process.env, exists = existsSync, playwrightPath = playwrightChromiumPath, install = installPlaywrightChromium } = deps;
  if (env.PLAYWRIGHT_BUNDLED === "1") return { found: true, env: {}, path: null };
  const explicit = env.CHROMIUM_PATH;
  if (explicit && exists(explicit)) return { found: true, env: { CHROMIUM_PATH: explicit }, path: explicit };
  const system = CANDIDATES.find((p) => exists(p));
  if (system) return { found: true, env: { CHROMIUM_PATH: system }, path: system };
  const cached = playwrightPath();
  if (cached && exists(cached)) return { found: true, env: { CHROMIUM_PATH: cached }, path: cached };
  if (cached && install()) {
    const downloaded = playwrightPath();
    if (downloaded && exists(downloaded)) return { found: true, env: { CHROMIUM_PATH: downloaded }, path: downloaded };
  }
  return { found: false, help: HELP, path: null };
}
