import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium (CHROMIUM_PATH, set by scripts/test.mjs) unless
// PLAYWRIGHT_BUNDLED=1 asks for Playwright's own download.
const executablePath = process.env.PLAYWRIGHT_BUNDLED === "1" ? undefined : (process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // One worker: the embedded database behind the test server takes one
  // connection at a time, and tests share its demo data.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // A production build on a fresh throwaway database with the demo data.
    command: "node scripts/start.mjs e2e",
    url: `${baseURL}/sign-in`,
    // Request log lines would bury the test output; warnings and errors still show.
    env: { PORT: String(port), NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789", LOG_LEVEL: "warn" },
    reuseExistingServer: false,
    // A first run builds the app (next build): minutes on a busy 2-core machine.
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
