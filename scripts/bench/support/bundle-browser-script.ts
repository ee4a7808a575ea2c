import { build } from "esbuild";
import { resolve } from "node:path";

export type BrowserBundle = { js: string; css: string };

// One of scripts/bench/browser/*.ts as a self-contained script for a page
// (IIFE), with any CSS it imports. esbuild is the bundler tsx already brings.
// Bundling, rather than passing functions to page.evaluate, keeps the
// in-page code real, type-checked TypeScript that can import modules.
export async function bundleBrowserScript(name: string): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, "../browser", `${name}.ts`)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    outdir: "bench-bundle",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const text = (extension: string) => result.outputFiles.filter((f) => f.path.endsWith(extension)).map((f) => f.text).join("\n");
  return { js: text(".js"), css: text(".css") };
}
