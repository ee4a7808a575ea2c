import { describe, expect, it } from "vitest";
import { chooseChromium } from "@/scripts/support/find-chromium.mjs";

// The machine is replaced by hand-made dependencies: which files exist, where
// Playwright's own Chromium lives, and whether a download succeeds.
const CACHED = "/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome";

function machine(files: string[], { download = false } = {}) {
  const present = new Set(files);
  const installs: string[] = [];
  return {
    installs,
    deps: {
      env: {},
      exists: (p: string) => present.has(p),
      playwrightPath: () => CACHED,
      install: () => {
        installs.push("chromium");
        if (download) present.add(CACHED);
        return download;
      },
    },
  };
}

describe("chooseChromium", () => {
  it("prefers CHROMIUM_PATH, then the system Chromium, and downloads nothing", () => {
    const m = machine(["/opt/chrome", "/usr/bin/chromium", CACHED]);
    expect(chooseChromium({ ...m.deps, env: { CHROMIUM_PATH: "/opt/chrome" } }).path).toBe("/opt/chrome");
    expect(chooseChromium(m.deps)).toEqual({ found: true, env: { CHROMIUM_PATH: "/usr/bin/chromium" }, path: "/usr/bin/chromium" });
    expect(m.installs).toEqual([]);
  });

  it("ignores a CHROMIUM_PATH that does not exist", () => {
    const m = machine(["/usr/bin/chromium"]);
    expect(chooseChromium({ ...m.deps, env: { CHROMIUM_PATH: "/nope" } }).path).toBe("/usr/bin/chromium");
  });

  it("uses a Chromium Playwright already downloaded when there is no system browser", () => {
    const m = machine([CACHED]);
    expect(chooseChromium(m.deps)).toEqual({ found: true, env: { CHROMIUM_PATH: CACHED }, path: CACHED });
    expect(m.installs).toEqual([]);
  });

  it("downloads Playwright's Chromium when nothing is installed and the network allows", () => {
    const m = machine([], { download: true });
    expect(chooseChromium(m.deps).path).toBe(CACHED);
    expect(m.installs).toEqual(["chromium"]);
  });

  it("stops with instructions when the download fails too", () => {
    const m = machine([], { download: false });
    const choice = chooseChromium(m.deps);
    expect(choice.found).toBe(false);
    expect(choice.found === false && choice.help).toMatch(/apt-get install -y chromium/);
    expect(m.installs).toEqual(["chromium"]);
  });

  it("leaves the choice to Playwright when PLAYWRIGHT_BUNDLED=1", () => {
    const m = machine(["/usr/bin/chromium"]);
    expect(chooseChromium({ ...m.deps, env: { PLAYWRIGHT_BUNDLED: "1" } })).toEqual({ found: true, env: {}, path: null });
  });
});
