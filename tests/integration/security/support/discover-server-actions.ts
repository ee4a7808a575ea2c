import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

type Action = (...args: unknown[]) => Promise<unknown>;
export type ServerAction = { id: string; params: string[]; action: Action };

function findActionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findActionFiles(full);
    return /\.tsx?$/.test(name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

// Parameter names from the compiled function's source: the fuzzer picks each
// argument's values by what it is called (slug, articleId, form, input…).
function parameterNames(action: Action): string[] {
  const match = /^async function\s*\w*\s*\(([^)]*)\)/.exec(action.toString());
  if (!match) throw new Error(`cannot read the parameters of ${action.name}`);
  return match[1]!.split(",").map((p) => p.trim().replace(/[=:].*$/, "").trim()).filter(Boolean);
}

/**
 * Every exported function of every "use server" file under app/, imported as
 * Next would import it, so an action added later is fuzzed without anyone
 * listing it. Ids read `<file relative to app/>#<export>`.
 */
export async function discoverServerActions(root = process.cwd()): Promise<ServerAction[]> {
  const appDir = path.join(root, "app");
  const actions: ServerAction[] = [];
  for (const file of findActionFiles(appDir).sort()) {
    const actionModule = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(actionModule).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value !== "function") continue;
      const action = value as Action;
      actions.push({ id: `${path.relative(appDir, file).split(path.sep).join("/")}#${name}`, params: parameterNames(action), action });
    }
  }
  return actions;
}
