import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type AppRoute = { kind: "page" | "api"; pattern: string; methods: string[] };

const ROUTE_FILE = /^(page|route)\.(tsx?|jsx?)$/;
const METHOD_EXPORT = /export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s*\{[^}]*\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

// Every page and route handler under app/, as URL patterns: route groups
// "(name)" and private folders "_name" do not appear in URLs.
export function walkRoutes(appDir: string, readFile: (path: string) => string): AppRoute[] {
  const routes: AppRoute[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith("_")) visit(path);
        continue;
      }
      const match = ROUTE_FILE.exec(name);
      if (!match) continue;
      const segments = relative(appDir, dir).split(sep).filter((s) => s && !/^\(.*\)$/.test(s));
      const pattern = `/${segments.join("/")}`;
      if (match[1] === "page") {
        routes.push({ kind: "page", pattern, methods: ["GET"] });
      } else {
        const source = readFile(path);
        const methods = [...source.matchAll(METHOD_EXPORT)].map((m) => (m[1] ?? m[2])!);
        routes.push({ kind: "api", pattern, methods: [...new Set(methods)] });
      }
    }
  };
  visit(appDir);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

// A concrete URL for a pattern: dynamic segments get plausible values.
export function concreteUrl(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]?\]/g, (_m, name: string) => values[name] ?? "x");
}
