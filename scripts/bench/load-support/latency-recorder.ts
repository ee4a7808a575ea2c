import { percentile } from "@/scripts/bench/support/statistics";

export type Operation = "open" | "create" | "edit" | "review" | "list" | "delete";
export const WRITE_OPERATIONS: ReadonlySet<Operation> = new Set(["create", "edit", "review", "delete"]);

export type OperationSummary = { count: number; p50: number; p95: number; p99: number };
export type PhaseSummary = {
  seconds: number;
  writes: number;
  writesPerSecond: number;
  requestsPerSecond: number;
  write: OperationSummary;
  operations: Partial<Record<Operation, OperationSummary>>;
  errors: number;
  errorSamples: string[];
};

// Latencies per operation and the errors of one phase. Only requests that
// started inside the measured window count (a request still running when the
// window closes is let finish but not counted).
export function createLatencyRecorder() {
  const samples = new Map<Operation, number[]>();
  const errorSamples: string[] = [];
  let errors = 0;
  return {
    record(operation: Operation, ms: number): void {
      const list = samples.get(operation) ?? [];
      list.push(ms);
      samples.set(operation, list);
    },
    error(operation: Operation, detail: string): void {
      errors += 1;
      if (errorSamples.length < 5) errorSamples.push(`${operation}: ${detail}`);
    },
    summary(seconds: number): PhaseSummary {
      const operations: Partial<Record<Operation, OperationSummary>> = {};
      const writeMs: number[] = [];
      let requests = 0;
      for (const [operation, list] of samples) {
        operations[operation] = summarize(list);
        requests += list.length;
        if (WRITE_OPERATIONS.has(operation)) writeMs.push(...list);
      }
      return {
        seconds,
        writes: writeMs.length,
        writesPerSecond: writeMs.length / seconds,
        requestsPerSecond: requests / seconds,
        write: summarize(writeMs),
        operations,
        errors,
        errorSamples,
      };
    },
  };
}

function summarize(list: number[]): OperationSummary {
  return { count: list.length, p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99) };
}

export type LatencyRecorder = ReturnType<typeof createLatencyRecorder>;
