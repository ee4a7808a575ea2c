import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// README's "Project layout" must name every folder a newcomer will meet under
// lib/, components/ and scripts/, and every document in docs/: a folder added
// without a line there fails this test.
const root = path.resolve(import.meta.dirname, "../../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const layout = /## Project layout\n+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

function folders(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "generated" && !e.name.startsWith("."))
    .map((e) => e.name);
}

describe("README project layout", () => {
  it("is present", () => {
    expect(layout.length).toBeGreaterThan(200);
  });

  it.each(["lib", "components", "scripts"])("names every folder in %s/", (dir) => {
    const missing = folders(dir).filter((name) => !new RegExp(`(^|[\\s(,/])${name}/`).test(layout));
    expect(missing).toEqual([]);
  });

  it("names every document in docs/", () => {
    const docs = readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));
    expect(docs.filter((name) => !layout.includes(name))).toEqual([]);
  });

  it("names the top-level folders and files of the required layout", () => {
    for (const name of ["app/", "components/", "prisma/", "lib/", "public/", "scripts/", "tests/", "docs/", "proxy.ts"]) expect(layout).toContain(name);
  });
});
