import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFingerprint } from "@/scripts/launch/build-fingerprint";

// Runs `next build` unless .next already holds a build of these sources (the
// fingerprint stamp), so npm start, the e2e server and the multi-instance
// test share one build.
export async function buildIfNeeded(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  const stamp = join(root, ".next", "claimdesk-build-fingerprint");
  const fingerprint = buildFingerprint(root);
  if (existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint) {
    return;
  }
  console.log("Building the app (next build)…");
  // The build needs no database; leaving it out guarantees it never queries one.
  const { DATABASE_URL: _omit, ...buildEnv } = env;
  const build = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: buildEnv,
  });
  const code = await new Promise<number | null>((done) => build.on("exit", done));
  if (code !== 0) throw new Error("next build failed");
  writeFileSync(stamp, fingerprint);
}
