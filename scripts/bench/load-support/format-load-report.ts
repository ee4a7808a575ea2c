import { cpus, release } from "node:os";
import type { PhaseResult } from "@/scripts/bench/load-support/run-load-phase";
import type { Operation } from "@/scripts/bench/load-support/latency-recorder";

const OPERATIONS: Operation[] = ["create", "edit", "review", "list", "delete"];
const ms = (value: number) => (Number.isNaN(value) ? "—" : `${value.toFixed(value < 10 ? 1 : 0)}`);

// Markdown tables, ready for docs/benchmarks.md.
export function formatLoadReport(report: { target: string; loadAtStart: number; loadAtEnd: number; results: PhaseResult[] }): string {
  const lines = [
    `Database: ${report.target}`,
    `Machine: ${cpus()[0]?.model.trim() ?? "?"}, ${cpus().length} cores; linux ${release()}; Node ${process.version}; load average ${report.loadAtStart.toFixed(2)} at start, ${report.loadAtEnd.toFixed(2)} at end`,
    "",
    "| run | clients | s | writes/s | requests/s | write p50 / p95 / p99 ms | server CPU ms per write | server cores busy | live events received | errors |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of report.results) {
    lines.push(
      `| ${r.paced ? "paced (2 s)" : "closed loop"} | ${r.clients} | ${r.seconds.toFixed(1)} | ${r.writesPerSecond.toFixed(0)} | ${r.requestsPerSecond.toFixed(0)} | ${ms(r.write.p50)} / ${ms(r.write.p95)} / ${ms(r.write.p99)} | ${r.serverCpuMsPerWrite.toFixed(1)} | ${r.serverCores.toFixed(2)} | ${r.liveEvents} | ${r.errors} |`,
    );
  }
  if (report.results.some((r) => !Number.isNaN(r.queriesPerCycle))) {
    lines.push("", "Statements sent to Postgres per cycle (create + edit + review + list + delete, with the live streams' share):", "");
    for (const r of report.results) lines.push(`- ${r.paced ? "paced" : "closed loop"}, ${r.clients} client(s): ${r.queriesPerCycle.toFixed(1)}`);
  }
  lines.push("", "Per operation, p50 / p95 / p99 ms (count):", "", `| run | clients | ${OPERATIONS.join(" | ")} |`, `| --- | --- | ${OPERATIONS.map(() => "---").join(" | ")} |`);
  for (const r of report.results) {
    const cells = OPERATIONS.map((op) => {
      const s = r.operations[op];
      return s ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} (${s.count})` : "—";
    });
    lines.push(`| ${r.paced ? "paced" : "closed"} | ${r.clients} | ${cells.join(" | ")} |`);
  }
  const errors = report.results.flatMap((r) => r.errorSamples.map((e) => `- ${r.clients} clients${r.paced ? " paced" : ""}: ${e}`));
  if (errors.length > 0) lines.push("", "Error samples:", ...errors);
  return lines.join("\n");
}
