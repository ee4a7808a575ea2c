// Preloaded into the app's processes (NODE_OPTIONS=--import …) when
// `bench:load --cpu-prof <dir>` asks for profiles: Node refuses --cpu-prof in
// NODE_OPTIONS, so this starts the same V8 profiler through the inspector and
// writes a .cpuprofile (open in Chrome DevTools) when the process exits.
// Only the Next.js server is profiled; the launcher and build are not.
import inspector from "node:inspector";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.CLAIMDESK_CPU_PROF_DIR;
const isNextServer = (process.argv[1] ?? "").includes("next/dist/bin/next") && process.argv.includes("start");
if (dir && isNextServer) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  // A session on the main thread answers synchronously, so this works in 'exit'.
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(join(dir, `next-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
