import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type WriteEndpoint = { method: WriteMethod; route: string; params: string[]; handler: Handler };

const WRITE_METHODS: readonly WriteMethod[] = ["POST", "PUT", "PATCH", "DELETE"];
// next-auth's own handler: sign-in and CSRF are next-auth's, not a Claimdesk route.
const SKIPPED = new Set(["/api/auth/[...nextauth]"]);

function findRouteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findRouteFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/**
 * Every write method of every route under app/api, imported as Next would
 * import it, so a route added later is fuzzed without anyone listing it.
 */
export async function discoverWriteEndpoints(root = process.cwd()): Promise<WriteEndpoint[]> {
  const apiDir = path.join(root, "app", "api");
  const endpoints: WriteEndpoint[] = [];
  for (const file of findRouteFiles(apiDir).sort()) {
    const route = `/api/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`;
    if (SKIPPED.has(route)) continue;
    const routeModule = (await import(file)) as Partial<Record<WriteMethod, Handler>>;
    const params = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
    for (const method of WRITE_METHODS) {
      const handler = routeModule[method];
      if (handler) endpoints.push({ method, route, params, handler });
    }
  }
  return endpoints;
}
