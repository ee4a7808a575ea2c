import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const METHOD_EXPORT = /export\s+(?:const|async function|function)\s+(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\b/g;
const EXPORT_LIST = /export\s*\{([^}]*)\}/g;
const LISTED_METHOD = /\b(?:as\s+)?(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\s*(?:,|$)/g;
const ACTION_EXPORT = /export\s+async\s+function\s+(\w+)/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// Every route handler method ("METHOD /url/pattern", route groups and
// private folders dropped as in URLs) and every exported server action
// ("action <path>#<name>", from files that start with "use server") under
// `appDir`. `root` is what action paths are relative to.
export function discoverEntryPoints(root: string, appDir = join(root, "app")): string[] {
  const found: string[] = [];
  for (const path of files(appDir)) {
    const source = readFileSync(path, "utf8");
    if (/(^|\/)route\.(ts|tsx|js)$/.test(path.split(sep).join("/"))) {
      const segments = relative(appDir, path).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
      const methods = [...source.matchAll(METHOD_EXPORT)].map((m) => m[1]!);
      for (const list of source.matchAll(EXPORT_LIST)) methods.push(...[...list[1]!.matchAll(LISTED_METHOD)].map((m) => m[1]!));
      for (const method of methods) found.push(`${method} /${segments.join("/")}`);
    } else if (/\.(ts|tsx)$/.test(path) && /^\s*["']use server["']/.test(source)) {
      for (const m of source.matchAll(ACTION_EXPORT)) found.push(`action ${relative(root, path).split(sep).join("/")}#${m[1]}`);
    }
  }
  return [...new Set(found)].sort();
}
