import { spawn } from "node:child_process";

// Runs pg_dump or pg_restore (PostgreSQL's client tools; the server's own
// machine or any Postgres client package has them). The connection URL goes
// in --dbname, never in the log.
export async function runPgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  const child = spawn(tool, args, { stdio: ["ignore", "inherit", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(`${tool} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`) : error),
    );
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`${tool} failed (exit ${code}):\n${stderr.trim()}`);
}
