import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];

// Browser downloads are not always possible (air-gapped machines, CI here),
// so a system Chromium is preferred: CHROMIUM_PATH, then the usual places.
export function findChromium() {
  if (process.env.PLAYWRIGHT_BUNDLED === "1") return { found: true, env: {} };
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit && existsSync(explicit)) return { found: true, env: { CHROMIUM_PATH: explicit } };
  const system = CANDIDATES.find((p) => existsSync(p));
  if (system) return { found: true, env: { CHROMIUM_PATH: system } };
  return {
    found: false,
    help: [
      "Install one, then run the tests again:",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium",
      "  any machine with internet access:  npx playwright install chromium   (then set PLAYWRIGHT_BUNDLED=1)",
      "  or point CHROMIUM_PATH at a Chrome/Chromium executable.",
    ].join("\n"),
  };
}
