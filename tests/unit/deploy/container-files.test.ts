import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Docker cannot run on our machines, so the Dockerfile and docker-compose.yml
// are checked against the project instead: every path they copy, script they
// run, variable they set, port and health URL they name must exist here.
const root = path.resolve(import.meta.dirname, "../../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
const envModule = read("lib/env.ts");
// Variables the launcher or Next.js itself reads, besides lib/env.ts's schema.
const RUNTIME_VARIABLES = new Set(["PORT", "HOSTNAME", "NEXT_TELEMETRY_DISABLED", "NEXT_OUTPUT", "NODE_ENV"]);

type Instruction = { op: string; args: string };
function dockerfile(): Instruction[] {
  const text = read("Dockerfile").replace(/\\\n/g, " ");
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: (op ?? "").toUpperCase(), args: rest.join(" ") };
    });
}

type Service = { build?: { context: string; target?: string }; command?: string[]; environment?: Record<string, string>; ports?: string[]; image?: string };
const compose = parse(read("docker-compose.yml"), { merge: true }) as { services: Record<string, Service> };

describe("Dockerfile", () => {
  const steps = dockerfile();
  const stages = steps.filter((s) => s.op === "FROM").map((s) => /\bAS\s+(\S+)/i.exec(s.args)?.[1]);

  it("is multi-stage and ends in a non-root runtime stage with a health check", () => {
    expect(stages).toEqual(["deps", "build", "runtime"]);
    const runtime = steps.slice(steps.findLastIndex((s) => s.op === "FROM"));
    expect(runtime.find((s) => s.op === "USER")?.args).toMatch(/^(?!root\b)\w+/);
    expect(runtime.some((s) => s.op === "HEALTHCHECK")).toBe(true);
  });

  it("copies only files that exist in the project, or build output", () => {
    for (const step of steps.filter((s) => s.op === "COPY")) {
      const parts = step.args.split(/\s+/).filter((p) => !p.startsWith("--"));
      const sources = parts.slice(0, -1);
      const fromBuild = step.args.includes("--from=");
      for (const source of sources) {
        if (source === ".") continue;
        if (fromBuild && source.startsWith("/app/.next/")) continue; // produced by next build
        const local = fromBuild ? source.replace(/^\/app\//, "") : source;
        expect(existsSync(path.join(root, local)), source).toBe(true);
      }
    }
  });

  it("builds the standalone output the runtime stage copies", () => {
    expect(steps.some((s) => s.op === "ENV" && /NEXT_OUTPUT=standalone/.test(s.args))).toBe(true);
    expect(read("next.config.js")).toMatch(/NEXT_OUTPUT === "standalone" \? "standalone"/);
    expect(steps.at(-1)).toEqual({ op: "CMD", args: '["node", "--no-liftoff", "server.js"]' });
  });

  it("exposes the port the server listens on and checks a route that exists", () => {
    const port = /PORT=(\d+)/.exec(steps.filter((s) => s.op === "ENV").map((s) => s.args).join(" "))?.[1];
    expect(steps.find((s) => s.op === "EXPOSE")?.args).toBe(port);
    const url = /fetch\('http:\/\/127\.0\.0\.1:(\d+)(\/[^']*)'\)/.exec(steps.find((s) => s.op === "HEALTHCHECK")?.args ?? "");
    expect(url?.[1]).toBe(port);
    expect(existsSync(path.join(root, "app", url?.[2] ?? "missing", "route.ts"))).toBe(true);
  });

  it("runs only npm scripts that exist", () => {
    for (const step of steps.filter((s) => s.op === "RUN")) {
      for (const [, name] of step.args.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, name).toHaveProperty(name as string);
    }
  });
});

describe("docker-compose.yml", () => {
  const services = compose.services;

  it("has Postgres, a one-off migration, two app instances, a job worker and a reverse proxy", () => {
    expect(Object.keys(services).sort()).toEqual(["app1", "app2", "db", "migrate", "proxy", "worker"]);
    expect(services.app1?.build?.target).toBe("runtime");
    expect(services.migrate?.build?.target).toBe("build");
    expect(services.worker?.build?.target).toBe("build");
    expect(services.worker?.command).toEqual(["npm", "run", "worker"]);
  });

  it("leaves jobs to the worker and shares the export folder between it and the instances", () => {
    expect(services.app1?.environment?.JOB_WORKER).toBe("off");
    const exportDir = services.worker?.environment?.EXPORT_DIR;
    expect(exportDir).toBeTruthy();
    expect(services.app1?.environment?.EXPORT_DIR).toBe(exportDir);
    const volumes = (s?: Service) => ((s as { volumes?: string[] } | undefined)?.volumes ?? []).map((v) => v.split(":")[1]);
    expect(volumes(services.worker)).toContain(exportDir);
    expect(volumes(services.app1)).toContain(exportDir);
  });

  it("runs only npm scripts that exist", () => {
    for (const [name, service] of Object.entries(services)) {
      const command = service.command ?? [];
      if (command[0] === "npm") expect(scripts, name).toHaveProperty(command[2] as string);
    }
  });

  it("sets only variables the app reads, and the app's required ones", () => {
    for (const name of ["app1", "app2", "migrate", "worker"]) {
      for (const variable of Object.keys(services[name]?.environment ?? {})) {
        expect(RUNTIME_VARIABLES.has(variable) || new RegExp(`\\b${variable}:`).test(envModule), `${name}: ${variable}`).toBe(true);
      }
    }
    expect(Object.keys(services.app1?.environment ?? {})).toEqual(expect.arrayContaining(["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]));
    // Several instances need the Postgres bus for live updates across them.
    expect(services.app1?.environment?.LIVE_BUS).toBe("postgres");
  });

  it("points the proxy at the instances on the port they listen on", () => {
    const targets = (services.proxy?.command ?? []).filter((_, i, all) => all[i - 1] === "--to");
    const port = services.app1?.environment?.PORT;
    expect(targets).toEqual([`app1:${port}`, `app2:${port}`]);
  });
});
