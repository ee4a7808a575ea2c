import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "@/scripts/support/free-port";

const root = resolve(import.meta.dirname, "../../..");
const nextBin = join(root, "node_modules/next/dist/bin/next");
// The same Node flags as the launcher gives `next start` (scripts/launch/launch.ts).
const NEXT_NODE_FLAGS = ["--no-liftoff"];

export type FloorApp = { url: string; pid: number; stop: () => Promise<void> };

// A minimal Next.js app (scripts/bench/floor-app: constant-JSON routes, three
// of them behind Claimdesk's real proxy and session code) built and started
// like ours: `next build`, then `next start` with the launcher's flags. It is
// copied under .data/ inside the checkout so that `next` and our sources
// resolve from this checkout's node_modules and root.
export async function startFloorApp(env: Record<string, string>): Promise<FloorApp> {
  const dir = join(root, ".data", "framework-floor-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, "scripts/bench/floor-app"), dir, { recursive: true });
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", lib: ["dom", "dom.iterable", "es2023"], strict: true, module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", esModuleInterop: true, skipLibCheck: true, noEmit: true, isolatedModules: true, resolveJsonModule: true, paths: { "@/*": ["../../*"] } },
      include: ["**/*.ts"],
    }),
  );
  // turbopack.root: our sources and node_modules sit above the app's folder.
  writeFileSync(
    join(dir, "next.config.mjs"),
    `export default { poweredByHeader: false, typescript: { ignoreBuildErrors: true }, serverExternalPackages: ["pg"], turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  const logFile = join(tmpdir(), "claimdesk-floor-app.log");
  const log = createWriteStream(logFile);
  const runEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawn(process.execPath, [nextBin, "build"], { cwd: dir, env: runEnv, stdio: ["ignore", "pipe", "pipe"] });
  build.stdout.pipe(log, { end: false });
  build.stderr.pipe(log, { end: false });
  const built = await new Promise<number | null>((done) => build.on("exit", done));
  if (built !== 0) throw new Error(`next build of the floor app failed; see ${logFile}:\n${readFileSync(logFile, "utf8").slice(-3000)}`);

  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...NEXT_NODE_FLAGS, nextBin, "start", "-p", String(port)], {
    cwd: dir,
    env: { ...runEnv, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  await new Promise<void>((done, fail) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      log.write(chunk);
      seen = (seen + chunk.toString()).slice(-2048);
      if (seen.includes("Ready in")) done();
    });
    child.once("exit", (code) => fail(new Error(`the floor app exited during start-up (code ${code}); see ${logFile}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      log.end();
    },
  };
}
