import type { HttpClient } from "@/scripts/bench/load-support/http-client";
import { treeCpuMs } from "@/scripts/bench/load-support/process-tree";
import { percentile } from "@/scripts/bench/support/statistics";

export type LoopResult = { requests: number; errors: number; seconds: number; perSecond: number; p50: number; p95: number; cpuMsPerRequest: number; cores: number };

// N clients each sending one GET after another (no pause) for a bounded time,
// as bench:load's closed loop does; the server's CPU time is read from /proc
// for the process tree of `serverPid` before and after.
export async function runClosedLoop(
  client: HttpClient,
  path: string,
  headers: Record<string, string>,
  options: { clients: number; seconds: number; serverPid: number },
): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = treeCpuMs(options.serverPid);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  const one = async () => {
    while (performance.now() < until) {
      try {
        const result = await client.send("GET", path, headers);
        if (result.status === 200) latencies.push(result.ms);
        else errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, one));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = treeCpuMs(options.serverPid) - cpuBefore;
  const requests = latencies.length;
  return {
    requests,
    errors,
    seconds,
    perSecond: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    cpuMsPerRequest: requests > 0 ? cpuMs / requests : Number.NaN,
    cores: cpuMs / 1000 / seconds,
  };
}
